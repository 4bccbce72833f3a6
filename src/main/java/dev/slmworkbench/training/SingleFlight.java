package dev.slmworkbench.training;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Identical reads share one upstream call: those in flight at the same moment, and those that
 * arrive within a short window after the answer came in (a tiny cache). Five hundred browsers
 * polling the same list cost about one upstream call per window. Failures are never kept. Keys
 * are the upstream resource ({@code experiments/e1}, {@code experiments?{...}}), so a write (or,
 * later, an event stream) can drop exactly what it changed with {@link #invalidate}.
 */
public final class SingleFlight<T> {

    /** Above this many keys, expired answers are swept out on the next read. */
    static final int SWEEP_ABOVE = 1000;

    private final ConcurrentHashMap<String, Flight<T>> flights = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private volatile long windowNanos;
    private volatile long lastSweep;

    public SingleFlight() {
        this(Duration.ZERO, System::nanoTime);
    }

    public SingleFlight(Duration window, LongSupplier clock) {
        this.clock = clock;
        window(window);
    }

    /** How long an answer is kept after it arrived; zero keeps nothing once the call is over. */
    public void window(Duration window) {
        this.windowNanos = Math.max(0, window.toNanos());
    }

    public Duration window() {
        return Duration.ofNanos(windowNanos);
    }

    /**
     * Each caller gets the shared answer back on its own Vert.x context (its request's scope and
     * event loop), so the work after it is spread over the event loops, not piled onto the one
     * whose call went upstream.
     */
    public Uni<T> share(String key, Supplier<Uni<T>> call) {
        return Uni.createFrom().deferred(() -> {
            Context caller = Vertx.currentContext();
            long now = clock.getAsLong();
            // Expired answers go at least once per window: a kept evaluation can be megabytes.
            if (flights.size() > SWEEP_ABOVE || now - lastSweep >= windowNanos) {
                lastSweep = now;
                flights.values().removeIf(f -> f.expired(now, windowNanos));
            }
            Flight<T> flight = flights.compute(key, (k, current) ->
                    current != null && !current.expired(now, windowNanos) ? current : start(k, call));
            return caller == null ? flight.answer : onContext(flight.answer, caller);
        });
    }

    /**
     * The shared answer, delivered on the caller's context; nothing reaches a caller that has
     * cancelled meanwhile. Mutiny's {@code emitOn} would still deliver a failure queued before the
     * cancel, and a combination whose other part failed first (two reads of one collection on a
     * failing upstream) then reports it as dropped: an ERROR with a stack trace per request.
     */
    private static <T> Uni<T> onContext(Uni<T> answer, Context caller) {
        return Uni.createFrom().emitter(emitter -> {
            Cancellable waiting = answer.subscribe().with(
                    item -> caller.runOnContext(ignored -> emitter.complete(item)),
                    failure -> caller.runOnContext(ignored -> emitter.fail(failure)));
            emitter.onTermination(waiting::cancel);
        });
    }

    private Flight<T> start(String key, Supplier<Uni<T>> call) {
        Flight<T> flight = new Flight<>();
        flight.answer = Uni.createFrom().deferred(call::get)
                .onItem().invoke(() -> {
                    flight.doneAt = clock.getAsLong();
                    if (windowNanos == 0) {
                        flights.remove(key, flight);
                    }
                })
                .onFailure().invoke(() -> flights.remove(key, flight))
                .memoize().indefinitely();
        return flight;
    }

    /** Keeps an answer that came another way, as if a shared call had just brought it (not when the window is zero). */
    public void keep(String key, T answer) {
        if (windowNanos == 0) {
            return;
        }
        Flight<T> flight = new Flight<>();
        flight.answer = Uni.createFrom().item(answer);
        flight.doneAt = clock.getAsLong();
        flights.put(key, flight);
    }

    /** Forgets every kept or in-flight answer whose key matches: the next read asks the upstream. */
    public void invalidate(Predicate<String> keys) {
        flights.keySet().removeIf(keys);
    }

    int size() {
        return flights.size();
    }

    /** One shared call; {@code doneAt} is set once its answer arrived. */
    private static final class Flight<T> {
        private Uni<T> answer;
        private volatile long doneAt = Long.MIN_VALUE;

        boolean expired(long now, long window) {
            long done = doneAt;
            return done != Long.MIN_VALUE && now - done >= window;
        }
    }
}
