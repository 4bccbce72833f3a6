package dev.slmworkbench.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ResponsivenessTest {

    private static final Executor STUCK = task -> { };

    @Test
    void upWhenBothPoolsRunATask() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            HealthCheckResponse answer = new Responsiveness(pool, pool).call().await().atMost(Duration.ofSeconds(5));
            assertEquals(HealthCheckResponse.Status.UP, answer.getStatus());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void downWithinASecondOrSoWhenAPoolRunsNothing() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            long started = System.nanoTime();
            HealthCheckResponse answer = new Responsiveness(STUCK, pool).call().await().atMost(Duration.ofSeconds(5));
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            assertEquals(HealthCheckResponse.Status.DOWN, answer.getStatus());
            assertEquals("no task ran within 1000 ms", answer.getData().orElseThrow().get("workerPool"));
            assertEquals("ok", answer.getData().orElseThrow().get("eventLoop"));
            assertTrue(tookMs < 2500, "took " + tookMs + " ms");
        } finally {
            pool.shutdownNow();
        }
    }
}
