package dev.slmworkbench.ops;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: the app is alive when both of its thread pools, the worker pool and every event loop,
 * ran the latest round's trivial task of {@link PoolDelays} within a second (a task still waiting
 * counts with its wait so far). A pod that cannot is restarted rather than left to hang.
 */
@Liveness
@ApplicationScoped
public class Responsiveness implements AsyncHealthCheck {

    static final Duration LIMIT = Duration.ofSeconds(1);
    private static final double LIMIT_SECONDS = LIMIT.toNanos() / 1e9;
    private static final String LATE = "no task ran within " + LIMIT.toMillis() + " ms";

    private final PoolDelays pools;

    Responsiveness(PoolDelays pools) {
        this.pools = pools;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        // Reads the probe's figures, sends no task: the answer never waits for the pools it judges.
        return Uni.createFrom().item(() -> {
            boolean workers = pools.workerSeconds() <= LIMIT_SECONDS;
            boolean eventLoops = pools.eventLoopSeconds() <= LIMIT_SECONDS;
            return HealthCheckResponse.named("Responsiveness")
                    .status(workers && eventLoops)
                    .withData("workerPool", workers ? "ok" : LATE)
                    .withData("eventLoop", eventLoops ? "ok" : LATE)
                    .build();
        });
    }
}
