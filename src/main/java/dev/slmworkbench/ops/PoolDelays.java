package dev.slmworkbench.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.util.concurrent.EventExecutor;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How long a trivial task waits before Quarkus's worker pool ("executor-thread", where blocking
 * code runs) and the slowest event loop run it, probed every few seconds. Micrometer already
 * counts the Vert.x pools' threads and queues; this says whether they actually keep up. A pool
 * that stopped running tasks shows a delay that grows with every scrape.
 */
@ApplicationScoped
public class PoolDelays {

    static final long PERIOD_MS = 5000;

    private final Vertx vertx;
    private final Probe worker = new Probe();
    private final Probe eventLoop = new Probe();
    private long timer = -1;

    PoolDelays(Vertx vertx) {
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event, MeterRegistry registry) {
        // A registry that outlived an earlier start (tests restart the app) may hold gauges of gone probes.
        registry.find("app.pool.task.delay").meters().forEach(registry::remove);
        Gauge.builder("app.pool.task.delay", worker, Probe::seconds)
                .tags("pool_name", "executor-thread", "pool_type", "worker")
                .description("How long a trivial task last waited for the pool (grows while it waits)")
                .baseUnit("seconds").strongReference(true).register(registry);
        Gauge.builder("app.pool.task.delay", eventLoop, Probe::seconds)
                .tags("pool_name", "vert.x-eventloop", "pool_type", "event-loop")
                .description("How long a trivial task last waited for the pool (grows while it waits)")
                .baseUnit("seconds").strongReference(true).register(registry);
        probe();
        timer = vertx.setPeriodic(PERIOD_MS, id -> probe());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void probe() {
        worker.send(Infrastructure.getDefaultWorkerPool());
        for (EventExecutor loop : vertx.nettyEventLoopGroup()) {
            eventLoop.send(loop);
        }
    }

    /** One kind of pool: the longest wait of the last round, or the wait so far of a task not yet run. */
    static final class Probe {

        private final AtomicLong pendingSince = new AtomicLong();
        private final AtomicLong pending = new AtomicLong();
        private final AtomicLong lastNanos = new AtomicLong();

        void send(Executor executor) {
            if (pending.get() > 0) {
                // The last round has not run yet; its growing wait is the answer.
                return;
            }
            long sent = System.nanoTime();
            pendingSince.set(sent);
            lastNanos.set(0);
            pending.incrementAndGet();
            executor.execute(() -> {
                lastNanos.accumulateAndGet(System.nanoTime() - sent, Math::max);
                pending.decrementAndGet();
            });
        }

        double seconds() {
            long nanos = pending.get() > 0 ? Math.max(lastNanos.get(), System.nanoTime() - pendingSince.get())
                    : lastNanos.get();
            return nanos / (double) TimeUnit.SECONDS.toNanos(1);
        }
    }
}
