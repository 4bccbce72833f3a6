package dev.slmworkbench.training.contract;

import dev.slmworkbench.training.UpstreamErrors;
import dev.slmworkbench.training.UpstreamException;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Retries of one read, within a time budget: a failed try is repeated (after a pause that doubles,
 * with jitter) only while it is retriable and the budget allows; a try still running when the
 * budget ends is cut off. Nothing here waits on a thread: pauses are timers.
 */
final class RetryPolicy {

    private final int maxRetries;
    private final Duration firstDelay;
    private final Duration budget;
    private final Supplier<UpstreamException> timedOut;

    RetryPolicy(int maxRetries, Duration firstDelay, Duration readTimeout, Supplier<UpstreamException> timedOut) {
        this.maxRetries = maxRetries;
        this.firstDelay = firstDelay;
        this.timedOut = timedOut;
        // One full try, a second of slack, and every pause at its longest (jitter adds up to a quarter).
        long pauses = 0;
        for (int i = 0; i < maxRetries; i++) {
            pauses += firstDelay.toMillis() * (1L << i) * 5 / 4;
        }
        this.budget = readTimeout.plusSeconds(1).plusMillis(pauses);
    }

    Duration budget() {
        return budget;
    }

    /** The call, tried again on retriable failures; fails with an {@link UpstreamException}. */
    <T> Uni<T> read(Supplier<Uni<T>> call) {
        return Uni.createFrom().deferred(() -> attempt(call, System.nanoTime() + budget.toNanos(), 0, null));
    }

    private <T> Uni<T> attempt(Supplier<Uni<T>> call, long deadline, int retry, UpstreamException previous) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return Uni.createFrom().failure(previous != null ? previous : timedOut.get());
        }
        return Uni.createFrom().deferred(call::get)
                .ifNoItem().after(Duration.ofNanos(remaining))
                .failWith(() -> previous != null ? previous : timedOut.get())
                .onFailure().transform(UpstreamErrors::fromThrowable)
                .onFailure(t -> retry < maxRetries && t instanceof UpstreamException u && u.retriable())
                .recoverWithUni(t -> {
                    Duration pause = pause(retry);
                    if (System.nanoTime() + pause.toNanos() >= deadline) {
                        return Uni.createFrom().failure(t);
                    }
                    return Uni.createFrom().voidItem().onItem().delayIt().by(pause)
                            .chain(() -> attempt(call, deadline, retry + 1, (UpstreamException) t));
                });
    }

    private Duration pause(int retry) {
        long base = firstDelay.toMillis() * (1L << retry);
        long jitter = base / 4 == 0 ? 0 : ThreadLocalRandom.current().nextLong(base / 4 + 1);
        return Duration.ofMillis(base + jitter);
    }
}
