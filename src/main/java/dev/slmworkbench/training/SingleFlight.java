package dev.slmworkbench.training;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Identical reads in flight at the same moment share one upstream call: a hundred dashboards
 * opened together cost the Training API four calls, not four hundred. Nothing is kept once the
 * answer is in; a later read asks again.
 */
final class SingleFlight {

    private final ConcurrentHashMap<String, Uni<String>> inFlight = new ConcurrentHashMap<>();

    /**
     * Each caller gets the shared answer back on its own Vert.x context (its request's scope and
     * event loop), so the work after it is spread over the event loops, not piled onto the one
     * whose call went upstream.
     */
    Uni<String> share(String key, Supplier<Uni<String>> call) {
        return Uni.createFrom().deferred(() -> {
            Context caller = Vertx.currentContext();
            Uni<String> shared = inFlight.computeIfAbsent(key, k -> call.get()
                    .onTermination().invoke(() -> inFlight.remove(k))
                    .memoize().indefinitely());
            return caller == null ? shared : shared.emitOn(task -> caller.runOnContext(ignored -> task.run()));
        });
    }

    int size() {
        return inFlight.size();
    }
}
