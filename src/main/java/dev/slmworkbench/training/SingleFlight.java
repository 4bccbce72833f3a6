package dev.slmworkbench.training;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Identical reads in flight at the same moment share one upstream call: a hundred dashboards
 * opened together cost the Training API four calls, not four hundred. Nothing is kept once the
 * answer is in; a later read asks again.
 */
final class SingleFlight {

    private final ConcurrentHashMap<String, Uni<String>> inFlight = new ConcurrentHashMap<>();

    Uni<String> share(String key, Supplier<Uni<String>> call) {
        return Uni.createFrom().deferred(() -> inFlight.computeIfAbsent(key, k -> call.get()
                .onTermination().invoke(() -> inFlight.remove(k))
                .memoize().indefinitely()));
    }

    int size() {
        return inFlight.size();
    }
}
