package dev.slmworkbench.training;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import java.time.Instant;

/**
 * What this pod knows of the Training API: which one it is, whether calls are paused by the
 * circuit breaker, and the last failure seen (a sentence, never a stack or URL).
 */
public record TrainingApiStatus(boolean sandbox, CircuitBreakerState breaker, Failure lastFailure) {

    /** The last failed call's sentence and when it happened. */
    public record Failure(String detail, Instant at) {
    }

    public boolean breakerOpen() {
        return breaker == CircuitBreakerState.OPEN;
    }
}
