package dev.slmworkbench.sandbox;

import dev.slmworkbench.sandbox.problem.SandboxProblem;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The sandbox's own bounded thread pool. Everything of the sandbox that may block (the store's
 * lock, disk writes, row counting) runs here and never on the pools the BFF answers with, so a
 * busy sandbox slows only the sandbox. A full queue is a 503 at once, not an unbounded backlog.
 */
final class SandboxExecutor {

    private final ThreadPoolExecutor pool;

    SandboxExecutor(int threads, int queue) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                task -> {
                    Thread t = new Thread(task, "sandbox-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs the work on a sandbox thread; the answer comes back on the caller's Vert.x context, where
     * the request's scope lives, so what follows runs as if the work had been done in place.
     */
    <T> Uni<T> submit(Supplier<T> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context caller = Vertx.currentContext();
            try {
                pool.execute(() -> {
                    T result;
                    try {
                        result = work.get();
                    } catch (Throwable t) {
                        back(caller, () -> emitter.fail(t));
                        return;
                    }
                    back(caller, () -> emitter.complete(result));
                });
            } catch (RejectedExecutionException full) {
                emitter.fail(new SandboxProblem(503, "Sandbox busy",
                        "The sandbox has too many requests waiting. Try again in a moment.", List.of()));
            }
        });
    }

    private static void back(Context caller, Runnable delivery) {
        if (caller == null) {
            delivery.run();
        } else {
            caller.runOnContext(ignored -> delivery.run());
        }
    }

    void shutdown() {
        pool.shutdownNow();
    }
}
