package dev.slmworkbench.sandbox.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyLocksTest {

    private final KeyLocks locks = new KeyLocks();

    @Test
    void aKeyInUseDoesNotHoldUpOtherKeys() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> slow = pool.submit(() -> locks.withLock("a", () -> {
                holding.countDown();
                await(release);
                return null;
            }));
            assertTrue(holding.await(5, TimeUnit.SECONDS));
            // Another key goes through while "a" is held: no global lock
            assertEquals("b done", CompletableFuture.supplyAsync(() -> locks.withLock("b", () -> "b done"), pool)
                    .get(5, TimeUnit.SECONDS));
            release.countDown();
            slow.get(5, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, locks.held(), "no lock outlives its last user");
    }

    @Test
    void retriesOfOneKeyTakeTurns() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CompletableFuture<?>[] all = new CompletableFuture<?>[200];
            for (int i = 0; i < all.length; i++) {
                all[i] = CompletableFuture.runAsync(() -> locks.withLock("same", () -> {
                    if (inside.incrementAndGet() > 1) {
                        overlaps.incrementAndGet();
                    }
                    Thread.yield();
                    inside.decrementAndGet();
                    return null;
                }), pool);
            }
            CompletableFuture.allOf(all).get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, overlaps.get());
        assertEquals(0, locks.held());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
