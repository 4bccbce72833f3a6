package dev.slmworkbench.ops;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.testing.Management;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.util.concurrent.EventExecutor;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Liveness;
import org.junit.jupiter.api.Test;

/**
 * One event loop of several stops running tasks: the slowest-loop gauge shows its growing wait and
 * liveness stays DOWN while it is blocked, UP again once it runs. Failed when the gauge probed one
 * loop per round and liveness asked whichever loop came next.
 */
@QuarkusTest
class BlockedEventLoopTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry registry;

    @Inject
    @Liveness
    Responsiveness responsiveness;

    @Test
    void oneBlockedLoopShowsInTheGaugeAndTakesLivenessDownUntilItRunsAgain() throws InterruptedException {
        List<EventExecutor> loops = new ArrayList<>();
        vertx.nettyEventLoopGroup().forEach(loops::add);
        assertTrue(loops.size() > 1, "the test needs several event loops, found " + loops.size());
        CountDownLatch blocking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The request path is not involved: the probe and the check are read here, off every loop.
        loops.get(loops.size() - 1).execute(() -> {
            blocking.countDown();
            awaitQuietly(release);
        });
        try {
            assertTrue(blocking.await(5, TimeUnit.SECONDS), "the blocking task never ran");
            long blockedAt = System.nanoTime();
            HealthCheckResponse down = awaitStatus(Status.DOWN);
            assertEquals("no task ran within 1000 ms", down.getData().orElseThrow().get("eventLoop"));
            assertEquals("ok", down.getData().orElseThrow().get("workerPool"));
            double first = delay("event-loop");
            assertTrue(first >= Responsiveness.LIMIT.toMillis() / 1000.0, "gauge " + first + " s while DOWN");
            for (int i = 0; i < 5; i++) {
                Thread.sleep(200);
                assertEquals(Status.DOWN, check().getStatus(), "UP again while the loop is still blocked");
            }
            double later = delay("event-loop");
            double blockedFor = (System.nanoTime() - blockedAt) / 1e9;
            assertTrue(later > first, "the blocked loop's delay did not grow: " + first + " then " + later);
            assertTrue(later <= blockedFor + 0.5, "gauge " + later + " s after a block of " + blockedFor + " s");
            assertTrue(delay("worker") < 1, "worker gauge " + delay("worker"));
        } finally {
            release.countDown();
        }
        awaitStatus(Status.UP);
        assertTrue(delay("event-loop") < 1, "gauge " + delay("event-loop") + " s after the loop ran again");
        Management.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    private HealthCheckResponse awaitStatus(Status wanted) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HealthCheckResponse answer = check();
        while (answer.getStatus() != wanted && System.nanoTime() < deadline) {
            Thread.sleep(100);
            answer = check();
        }
        assertEquals(wanted, answer.getStatus(), "liveness after " + PATIENCE.toSeconds() + " s: " + answer.getData());
        return answer;
    }

    private HealthCheckResponse check() {
        return responsiveness.call().await().atMost(Duration.ofSeconds(5));
    }

    private double delay(String poolType) {
        return registry.get("app.pool.task.delay").tag("pool_type", poolType).gauge().value();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
