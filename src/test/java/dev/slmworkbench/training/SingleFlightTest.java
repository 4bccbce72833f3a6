package dev.slmworkbench.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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

    @Test
    void aCallerThatGaveUpGetsNoLateFailureSoNothingIsReportedAsDropped() throws Exception {
        List<Throwable> dropped = new CopyOnWriteArrayList<>();
        Infrastructure.setDroppedExceptionHandler(dropped::add);
        Vertx vertx = Vertx.vertx();
        try {
            AtomicReference<Context> context = new AtomicReference<>();
            CompletableFuture<Throwable> answered = new CompletableFuture<>();
            vertx.runOnContext(ignored -> {
                context.set(Vertx.currentContext());
                // The upstream fails a moment after both reads joined the one call.
                Uni<String> read = flights.share("datasets", () -> Uni.createFrom().emitter(call ->
                        vertx.setTimer(20, id -> call.fail(new IllegalStateException("down")))));
                Uni.combine().all().unis(read, read).asTuple()
                        .subscribe().with(both -> answered.complete(null), answered::complete);
            });
            assertEquals("down", answered.get(5, TimeUnit.SECONDS).getMessage());
            // Whatever was queued on the caller's context for the second read has run by now.
            CompletableFuture<Void> drained = new CompletableFuture<>();
            context.get().runOnContext(ignored -> drained.complete(null));
            drained.get(5, TimeUnit.SECONDS);
            assertEquals(List.of(), dropped);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
            Infrastructure.resetDroppedExceptionHandler();
        }
    }
}
