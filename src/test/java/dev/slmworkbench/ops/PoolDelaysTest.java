package dev.slmworkbench.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PoolDelaysTest {

    static final Executor STUCK = task -> { };
    static final Executor PROMPT = Runnable::run;

    private final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void aPoolThatRunsNothingShowsAGrowingDelay() {
        PoolDelays pools = new PoolDelays(STUCK, List.of(PROMPT), now::get);
        pools.round();
        later(50);
        assertEquals(0.05, pools.workerSeconds(), 1e-9);
        later(50);
        assertEquals(0.1, pools.workerSeconds(), 1e-9);
        assertEquals(0, pools.eventLoopSeconds());
    }

    @Test
    void aPoolThatRunsTasksShowsTheirWait() {
        Later worker = new Later();
        PoolDelays pools = new PoolDelays(worker, List.of(PROMPT), now::get);
        pools.round();
        later(30);
        worker.runAll();
        later(500);
        assertEquals(0.03, pools.workerSeconds(), 1e-9);
    }

    @Test
    void theEventLoopDelayIsTheSlowestLoopsAndEveryLoopIsAsked() {
        Later slow = new Later();
        Later blocked = new Later();
        PoolDelays pools = new PoolDelays(PROMPT, List.of(PROMPT, slow, blocked, PROMPT), now::get);
        pools.round();
        later(200);
        slow.runAll();
        assertEquals(0.2, pools.eventLoopSeconds(), 1e-9);
        later(1800);
        assertEquals(2.0, pools.eventLoopSeconds(), 1e-9, "the blocked loop counts with its wait so far");
        assertEquals(0, pools.workerSeconds());
    }

    @Test
    void aLoopStillWaitingGetsNoSecondTaskAndItsWaitKeepsGrowingAcrossRounds() {
        Later blocked = new Later();
        PoolDelays pools = new PoolDelays(PROMPT, List.of(PROMPT, blocked), now::get);
        pools.round();
        later(PoolDelays.PERIOD_MS);
        pools.round();
        later(2000);
        assertEquals(1, blocked.tasks.size());
        assertEquals(7.0, pools.eventLoopSeconds(), 1e-9);
        blocked.runAll();
        later(1000);
        assertEquals(7.0, pools.eventLoopSeconds(), 1e-9, "the wait of the round's task, once it ran");
        pools.round();
        later(10);
        assertEquals(7.0, pools.eventLoopSeconds(), 1e-9, "the last wait holds until the next task has run");
        blocked.runAll();
        assertEquals(0.01, pools.eventLoopSeconds(), 1e-9);
    }

    @Test
    void aRefusedTaskIsSentAgainNextRoundAndItsWaitCountsFromTheFirstTry() {
        Later worker = new Later();
        boolean[] refuse = {true};
        Executor refusingOnce = task -> {
            if (refuse[0]) {
                refuse[0] = false;
                throw new RejectedExecutionException("full");
            }
            worker.execute(task);
        };
        PoolDelays pools = new PoolDelays(refusingOnce, List.of(PROMPT), now::get);
        pools.round();
        later(PoolDelays.PERIOD_MS);
        pools.round();
        later(100);
        worker.runAll();
        assertEquals(5.1, pools.workerSeconds(), 1e-9);
    }

    private void later(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** An executor that runs its tasks only when told. */
    static final class Later implements Executor {

        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.remove().run();
            }
        }
    }
}
