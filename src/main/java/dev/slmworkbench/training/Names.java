package dev.slmworkbench.training;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Names of models, datasets and experiments for tables, kept for a short while
 * ({@code training-api.name-cache-ttl}) so a polled table costs no upstream call per row: ids not
 * known yet are fetched together by one list call when there are several, the rest once per id per
 * life. A name that cannot be had is null (the page shows the id) and asked again after a while.
 */
@ApplicationScoped
public class Names {

    /** More unknown ids than this in one table: one list call fetches many names at once first. */
    static final int BULK_ABOVE = 3;
    /** One list call fetches this many names. */
    static final int BULK_SIZE = ListQuery.MAX_LIMIT;
    /** Single lookups run at the same time for one table, so one page cannot flood the upstream. */
    static final int PARALLEL_LOOKUPS = 8;
    /** Above this many remembered names, expired ones are swept out. */
    static final int SWEEP_ABOVE = 10_000;
    /** A name that failed to load is asked again after this long at most. */
    static final long RETRY_FAILED_NANOS = 5_000_000_000L;

    private final TrainingClient training;
    private final long ttlNanos;
    private final Kind models;
    private final Kind anyModels;
    private final Kind datasets;
    private final Kind experiments;

    Names(TrainingClient training, TrainingApiConfig config) {
        this.training = training;
        this.ttlNanos = config.nameCacheTtl().toNanos();
        this.models = new Kind(id -> training.model(id).map(Model::name),
                () -> training.models(ListQuery.first(BULK_SIZE).withFilter("type", "base"))
                        .map(p -> names(p.items(), Model::id, Model::name)));
        // Evaluations name fine-tuned models: their bulk call takes every type.
        this.anyModels = new Kind(id -> training.model(id).map(Model::name),
                () -> training.models(ListQuery.first(BULK_SIZE))
                        .map(p -> names(p.items(), Model::id, Model::name)));
        this.experiments = new Kind(id -> training.experiment(id).map(Experiment::name),
                () -> training.experiments(ListQuery.first(BULK_SIZE))
                        .map(p -> names(p.items(), Experiment::id, Experiment::name)));
        this.datasets = new Kind(id -> training.dataset(id).map(Dataset::name),
                () -> training.datasets(ListQuery.first(BULK_SIZE))
                        .map(p -> names(p.items(), Dataset::id, Dataset::name)));
    }

    /** Model id to name for these ids (a name unknown or missing maps to null). */
    public Uni<Map<String, String>> models(Collection<String> ids) {
        return models.resolve(ids);
    }

    /** Model id to name for models of any type (base or fine-tuned), for evaluations. */
    public Uni<Map<String, String>> anyModels(Collection<String> ids) {
        return anyModels.resolve(ids);
    }

    /** Experiment id to name for these ids (a name unknown or missing maps to null). */
    public Uni<Map<String, String>> experiments(Collection<String> ids) {
        return experiments.resolve(ids);
    }

    /** Dataset id to name for these ids (a name unknown or missing maps to null). */
    public Uni<Map<String, String>> datasets(Collection<String> ids) {
        return datasets.resolve(ids);
    }

    private static <T> Map<String, String> names(List<T> items, Function<T, String> id, Function<T, String> name) {
        Map<String, String> found = new HashMap<>();
        for (T item : items) {
            if (id.apply(item) != null) {
                found.put(id.apply(item), name.apply(item));
            }
        }
        return found;
    }

    private record Entry(String name, long expiresAt) {
    }

    /** The names of one collection: what is known, and how to learn more. */
    private final class Kind {
        private final ConcurrentHashMap<String, Entry> known = new ConcurrentHashMap<>();
        private final Function<String, Uni<String>> one;
        private final java.util.function.Supplier<Uni<Map<String, String>>> many;

        Kind(Function<String, Uni<String>> one, java.util.function.Supplier<Uni<Map<String, String>>> many) {
            this.one = one;
            this.many = many;
        }

        Uni<Map<String, String>> resolve(Collection<String> ids) {
            return Uni.createFrom().deferred(() -> {
                Set<String> wanted = new LinkedHashSet<>();
                for (String id : ids) {
                    if (id != null && Ids.isValid(id)) {
                        wanted.add(id);
                    }
                }
                Set<String> missing = unknown(wanted);
                if (missing.isEmpty()) {
                    return Uni.createFrom().item(answer(wanted));
                }
                Uni<Void> bulk = missing.size() > BULK_ABOVE
                        ? many.get().invoke(found -> found.forEach((id, name) -> remember(id, name, ttlNanos)))
                                .onFailure().recoverWithNull().replaceWithVoid()
                        : Uni.createFrom().voidItem();
                return bulk.chain(() -> singles(unknown(missing))).map(ignored -> answer(wanted));
            });
        }

        private Uni<Void> singles(Set<String> missing) {
            if (missing.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            List<Uni<Void>> lookups = new ArrayList<>();
            for (String id : missing) {
                lookups.add(one.apply(id)
                        .invoke(name -> remember(id, name, ttlNanos))
                        .onFailure().invoke(e -> remember(id, null, notFound(e) ? ttlNanos
                                : Math.min(ttlNanos, RETRY_FAILED_NANOS)))
                        .onFailure().recoverWithNull()
                        .replaceWithVoid());
            }
            return Uni.join().all(lookups).usingConcurrencyOf(PARALLEL_LOOKUPS).andCollectFailures().replaceWithVoid();
        }

        private Set<String> unknown(Set<String> ids) {
            long now = System.nanoTime();
            Set<String> missing = new LinkedHashSet<>();
            for (String id : ids) {
                Entry entry = known.get(id);
                if (entry == null || now - entry.expiresAt() >= 0) {
                    missing.add(id);
                }
            }
            return missing;
        }

        private void remember(String id, String name, long life) {
            long now = System.nanoTime();
            if (known.size() > SWEEP_ABOVE) {
                known.values().removeIf(e -> now - e.expiresAt() >= 0);
            }
            known.put(id, new Entry(name, now + life));
        }

        private Map<String, String> answer(Set<String> ids) {
            Map<String, String> names = new HashMap<>();
            for (String id : ids) {
                Entry entry = known.get(id);
                names.put(id, entry == null ? null : entry.name());
            }
            return names;
        }
    }

    private static boolean notFound(Throwable e) {
        return e instanceof UpstreamException u && u.problem().status() == 404;
    }
}
