package dev.slmworkbench.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

    private final AtomicLong clock = new AtomicLong(1_000);
    private final SingleFlight<String> flights = new SingleFlight<>(Duration.ofNanos(100), clock::get);
    private final AtomicInteger calls = new AtomicInteger();

    private String read(String key) {
        return flights.share(key, () -> Uni.createFrom().item(() -> key + calls.incrementAndGet()))
                .await().indefinitely();
    }

    @Test
    void anAnswerIsSharedWithinTheWindowAndAskedAgainAfter() {
        assertEquals("a1", read("a"));
        clock.addAndGet(50);
        assertEquals("a1", read("a"));
        clock.addAndGet(60);
        assertEquals("a2", read("a"));
    }

    @Test
    void expiredAnswersOfOtherKeysAreDroppedOnceAWindowHasPassed() {
        for (int i = 0; i < 20; i++) {
            read("detail-" + i);
        }
        assertEquals(20, flights.size());
        clock.addAndGet(150);
        read("another");
        assertEquals(1, flights.size(), "only the fresh answer is kept, not twenty old large ones");
    }
}
