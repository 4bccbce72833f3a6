package dev.slmworkbench.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The one probe of the app's thread pools: every 5 s a round sends a trivial task to Quarkus's
 * worker pool ("executor-thread", where blocking code runs) and to each event loop of the Vert.x
 * instance, and measures how long each waits before it runs. A pool's delay is its slowest member's
 * in the latest round; a task not yet run counts with its wait so far, so a pool that stopped
 * running tasks shows a delay that grows with every scrape. Micrometer already counts the Vert.x
 * pools' threads and queues; this says whether they actually keep up. The gauges and liveness
 * ({@link Responsiveness}) read the same rounds.
 */
@ApplicationScoped
public class PoolDelays {

    static final long PERIOD_MS = 5000;

    private final Pool worker;
    private final Pool eventLoops;
    private ScheduledExecutorService rounds;

    @Inject
    PoolDelays(Vertx vertx) {
        this(Infrastructure.getDefaultWorkerPool(), eventLoopsOf(vertx), System::nanoTime);
    }

    PoolDelays(Executor worker, List<? extends Executor> eventLoops, LongSupplier clock) {
        this.worker = new Pool(List.of(worker), clock);
        this.eventLoops = new Pool(eventLoops, clock);
    }

    void start(@Observes StartupEvent event, MeterRegistry registry) {
        // A registry that outlived an earlier start (tests restart the app) may hold gauges of gone probes.
        registry.find("app.pool.task.delay").meters().forEach(registry::remove);
        Gauge.builder("app.pool.task.delay", this, PoolDelays::workerSeconds)
                .tags("pool_name", "executor-thread", "pool_type", "worker")
                .description("How long a trivial task last waited for the pool (grows while it waits)")
                .baseUnit("seconds").strongReference(true).register(registry);
        Gauge.builder("app.pool.task.delay", this, PoolDelays::eventLoopSeconds)
                .tags("pool_name", "vert.x-eventloop", "pool_type", "event-loop")
                .description("How long a trivial task last waited for the pool (grows while it waits)")
                .baseUnit("seconds").strongReference(true).register(registry);
        // A thread of its own: a Vert.x timer fires on one event loop, and that loop blocked would stop every round.
        rounds = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "pool-probe");
            thread.setDaemon(true);
            return thread;
        });
        rounds.scheduleAtFixedRate(this::round, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (rounds != null) {
            rounds.shutdownNow();
        }
    }

    /** Sends the round's task to every member that has run its last one; never waits for any. */
    void round() {
        worker.send();
        eventLoops.send();
    }

    /** The worker pool's delay in seconds (see the class comment). */
    public double workerSeconds() {
        return worker.seconds();
    }

    /** The slowest event loop's delay in seconds (see the class comment). */
    public double eventLoopSeconds() {
        return eventLoops.seconds();
    }

    private static List<Executor> eventLoopsOf(Vertx vertx) {
        List<Executor> loops = new ArrayList<>();
        vertx.nettyEventLoopGroup().forEach(loops::add);
        return List.copyOf(loops);
    }

    /** One kind of pool: its members' delays, the slowest of which is the pool's. */
    private static final class Pool {

        private final List<Member> members = new ArrayList<>();

        Pool(List<? extends Executor> executors, LongSupplier clock) {
            executors.forEach(executor -> members.add(new Member(executor, clock)));
        }

        void send() {
            members.forEach(Member::send);
        }

        double seconds() {
            long slowest = 0;
            for (Member member : members) {
                slowest = Math.max(slowest, member.nanos());
            }
            return slowest / (double) TimeUnit.SECONDS.toNanos(1);
        }
    }

    /** One executor (the worker pool, or one event loop): the wait of its last task, or of its task not yet run. */
    private static final class Member {

        private static final long NONE = -1;

        private final Executor executor;
        private final LongSupplier clock;
        private volatile long sentAt = NONE;
        private volatile boolean queued;
        private volatile long lastNanos;

        Member(Executor executor, LongSupplier clock) {
            this.executor = executor;
            this.clock = clock;
        }

        /** Only the probe's one thread sends, so no two tasks of one member are ever out at once. */
        void send() {
            if (queued) {
                // The last task has not run yet; its growing wait is the answer.
                return;
            }
            if (sentAt == NONE) {
                sentAt = clock.getAsLong();
            }
            long sent = sentAt;
            queued = true;
            try {
                executor.execute(() -> {
                    lastNanos = clock.getAsLong() - sent;
                    sentAt = NONE;
                    queued = false;
                });
            } catch (RejectedExecutionException e) {
                // Refused: sent again next round, its wait counted from the first try, as a stuck pool's is.
                queued = false;
            }
        }

        long nanos() {
            long sent = sentAt;
            long last = lastNanos;
            return sent == NONE ? last : Math.max(last, clock.getAsLong() - sent);
        }
    }
}
