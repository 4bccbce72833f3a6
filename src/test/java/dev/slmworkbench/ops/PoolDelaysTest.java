package dev.slmworkbench.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PoolDelaysTest {

    @Test
    void aPoolThatRunsNothingShowsAGrowingDelay() throws InterruptedException {
        PoolDelays.Probe probe = new PoolDelays.Probe();
        probe.send(task -> { });
        Thread.sleep(50);
        double first = probe.seconds();
        Thread.sleep(50);
        assertTrue(first >= 0.05, "first " + first);
        assertTrue(probe.seconds() > first);
    }

    @Test
    void aPoolThatRunsTasksShowsTheirWait() {
        PoolDelays.Probe probe = new PoolDelays.Probe();
        probe.send(Runnable::run);
        assertTrue(probe.seconds() < 0.05, "seconds " + probe.seconds());
    }
}
