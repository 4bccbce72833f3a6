package dev.slmworkbench.ops;

import static dev.slmworkbench.ops.PoolDelaysTest.PROMPT;
import static dev.slmworkbench.ops.PoolDelaysTest.STUCK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ResponsivenessTest {

    private final AtomicLong now = new AtomicLong(1_000_000);

    @Test
    void upWhenBothPoolsRunATask() {
        PoolDelays pools = new PoolDelays(PROMPT, List.of(PROMPT, PROMPT), now::get);
        pools.round();
        later(3000);
        HealthCheckResponse answer = check(pools);
        assertEquals(HealthCheckResponse.Status.UP, answer.getStatus());
        assertEquals("ok", answer.getData().orElseThrow().get("workerPool"));
        assertEquals("ok", answer.getData().orElseThrow().get("eventLoop"));
    }

    @Test
    void downOnceAPoolHasWaitedMoreThanASecond() {
        PoolDelays pools = new PoolDelays(STUCK, List.of(PROMPT), now::get);
        pools.round();
        later(1000);
        assertEquals(HealthCheckResponse.Status.UP, check(pools).getStatus());
        later(1);
        HealthCheckResponse answer = check(pools);
        assertEquals(HealthCheckResponse.Status.DOWN, answer.getStatus());
        assertEquals("no task ran within 1000 ms", answer.getData().orElseThrow().get("workerPool"));
        assertEquals("ok", answer.getData().orElseThrow().get("eventLoop"));
    }

    @Test
    void downWhileOneEventLoopOfSeveralIsBlockedAndUpAfterItsNextRound() {
        PoolDelaysTest.Later blocked = new PoolDelaysTest.Later();
        PoolDelays pools = new PoolDelays(PROMPT, List.of(PROMPT, blocked, PROMPT), now::get);
        pools.round();
        later(1500);
        HealthCheckResponse answer = check(pools);
        assertEquals(HealthCheckResponse.Status.DOWN, answer.getStatus());
        assertEquals("ok", answer.getData().orElseThrow().get("workerPool"));
        assertEquals("no task ran within 1000 ms", answer.getData().orElseThrow().get("eventLoop"));
        blocked.runAll();
        assertEquals(HealthCheckResponse.Status.DOWN, check(pools).getStatus(), "its round's task waited 1.5 s");
        later(PoolDelays.PERIOD_MS);
        pools.round();
        blocked.runAll();
        assertEquals(HealthCheckResponse.Status.UP, check(pools).getStatus());
    }

    @Test
    void theCheckSendsNoTaskOfItsOwn() {
        AtomicInteger sent = new AtomicInteger();
        Executor counting = task -> {
            sent.incrementAndGet();
            task.run();
        };
        PoolDelays pools = new PoolDelays(counting, List.of(counting, counting), now::get);
        pools.round();
        for (int i = 0; i < 3; i++) {
            check(pools);
        }
        assertEquals(3, sent.get());
    }

    private static HealthCheckResponse check(PoolDelays pools) {
        return new Responsiveness(pools).call().await().atMost(Duration.ofSeconds(1));
    }

    private void later(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
