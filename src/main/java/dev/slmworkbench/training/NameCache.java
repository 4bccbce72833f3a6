package dev.slmworkbench.training;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Names of models, datasets and experiments for tables, kept for a while
 * ({@code training-api.name-cache-ttl}) so a polled table costs no upstream call per row. Ids not
 * known yet are learnt in bulk: a sweep pages through the collection's list (500 a page, at most
 * {@code training-api.name-list-max-items} items, one sweep at a time per collection, shared by
 * every request that needs it). What a sweep did not find is asked id by id, at most
 * {@code training-api.name-lookups-per-request} per request; the rest show their id this time and
 * are asked by later requests. A name past its time is still shown while it is refreshed in the
 * background. A name that cannot be had is null (the page shows the id) and asked again after a while.
 */
@ApplicationScoped
public class NameCache {

    /** More unknown ids than this in one table: a sweep of the list comes first. */
    static final int BULK_ABOVE = 3;
    /** One list call of a sweep fetches this many names. */
    static final int PAGE = ListQuery.MAX_LIMIT;
    /** List pages of one sweep read at the same time (after the first). */
    static final int PARALLEL_PAGES = 3;
    /** Single lookups run at the same time for one table, so one page cannot flood the upstream. */
    static final int PARALLEL_LOOKUPS = 8;
    /** Above this many remembered names, expired ones are swept out. */
    static final int SWEEP_ABOVE = 20_000;
    /** A name that failed to load is asked again after this long at most. */
    static final long RETRY_FAILED_NANOS = 5_000_000_000L;
    /** A sweep that did not find every id is not repeated for other unknown ids sooner than this. */
    static final long RESWEEP_NANOS = 5_000_000_000L;
    private static final Logger LOG = Logger.getLogger(NameCache.class);

    private final long configuredTtlNanos;
    private volatile long ttlNanos;
    private final int maxListItems;
    private final int lookupsPerRequest;
    private final Kind models;
    private final Kind anyModels;
    private final Kind datasets;
    private final Kind experiments;

    NameCache(TrainingBackend training,
            @ConfigProperty(name = "training-api.name-cache-ttl", defaultValue = "30s") java.time.Duration ttl,
            @ConfigProperty(name = "training-api.name-list-max-items", defaultValue = "5000") int nameListMaxItems,
            @ConfigProperty(name = "training-api.name-lookups-per-request", defaultValue = "20") int nameLookupsPerRequest) {
        this.configuredTtlNanos = ttl.toNanos();
        this.ttlNanos = configuredTtlNanos;
        this.maxListItems = Math.max(PAGE, nameListMaxItems);
        this.lookupsPerRequest = Math.max(0, nameLookupsPerRequest);
        this.models = new Kind(id -> training.model(id).map(Model::name),
                q -> training.models(q.withFilter("type", "base")).map(p -> names(p, Model::id, Model::name)));
        // Evaluations name fine-tuned models: their sweep takes every type.
        this.anyModels = new Kind(id -> training.model(id).map(Model::name),
                q -> training.models(q).map(p -> names(p, Model::id, Model::name)));
        this.experiments = new Kind(id -> training.experiment(id).map(Experiment::name),
                q -> training.experiments(q).map(p -> names(p, Experiment::id, Experiment::name)));
        this.datasets = new Kind(id -> training.dataset(id).map(Dataset::name),
                q -> training.datasets(q).map(p -> names(p, Dataset::id, Dataset::name)));
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

    /** How long names are kept from now on (tests that watch names age set it short). */
    public void ttl(java.time.Duration ttl) {
        ttlNanos = ttl.toNanos();
    }

    /** Forgets every name and sweep, and takes the configured time again (for tests, which stub names of their own). */
    public void forget() {
        ttlNanos = configuredTtlNanos;
        for (Kind kind : List.of(models, anyModels, datasets, experiments)) {
            kind.known.clear();
            kind.lastSweep = 0;
            kind.swept = false;
        }
    }

    /** One page of a list, as names, and how many items the whole list has. */
    private record Named(Map<String, String> names, long total, int size) {
    }

    private static <T> Named names(Page<T> page, Function<T, String> id, Function<T, String> name) {
        Map<String, String> found = new HashMap<>();
        for (T item : page.items()) {
            if (id.apply(item) != null) {
                found.put(id.apply(item), name.apply(item));
            }
        }
        return new Named(found, page.total(), page.items().size());
    }

    private record Entry(String name, long expiresAt) {
    }

    /** The names of one collection: what is known, and how to learn more. */
    private final class Kind {
        final ConcurrentHashMap<String, Entry> known = new ConcurrentHashMap<>();
        private final Function<String, Uni<String>> one;
        private final Function<ListQuery, Uni<Named>> page;
        private final AtomicReference<Uni<Void>> sweeping = new AtomicReference<>();
        volatile long lastSweep;
        volatile boolean swept;

        Kind(Function<String, Uni<String>> one, Function<ListQuery, Uni<Named>> page) {
            this.one = one;
            this.page = page;
        }

        Uni<Map<String, String>> resolve(Collection<String> ids) {
            return Uni.createFrom().deferred(() -> {
                Set<String> wanted = new LinkedHashSet<>();
                for (String id : ids) {
                    if (id != null && IdChecks.isValid(id)) {
                        wanted.add(id);
                    }
                }
                Set<String> absent = new LinkedHashSet<>();
                Set<String> stale = new LinkedHashSet<>();
                long now = System.nanoTime();
                for (String id : wanted) {
                    Entry entry = known.get(id);
                    if (entry == null || (entry.name() == null && now - entry.expiresAt() >= 0)) {
                        absent.add(id);
                    } else if (now - entry.expiresAt() >= 0) {
                        stale.add(id);
                    }
                }
                if (!stale.isEmpty()) {
                    refreshInBackground(stale);
                }
                if (absent.isEmpty()) {
                    return Uni.createFrom().item(answer(wanted));
                }
                Uni<Void> bulk = absent.size() > BULK_ABOVE && sweepDue() ? sweep(absent) : Uni.createFrom().voidItem();
                return bulk.chain(() -> singles(stillAbsent(absent))).map(ignored -> answer(wanted));
            });
        }

        /** Names past their time are shown as they are while this learns them again. */
        private void refreshInBackground(Set<String> stale) {
            Uni<Void> refresh = stale.size() > BULK_ABOVE && sweepDue() ? sweep(stale) : singles(stale);
            refresh.subscribe().with(ignored -> { }, e -> LOG.debugf("Names not refreshed: %s", e.getMessage()));
        }

        private boolean sweepDue() {
            return !swept || System.nanoTime() - lastSweep >= Math.min(ttlNanos, RESWEEP_NANOS) || ttlNanos == 0;
        }

        /** One sweep of the list at a time; a request that needs one while it runs waits for it. */
        private Uni<Void> sweep(Set<String> wanted) {
            while (true) {
                Uni<Void> running = sweeping.get();
                if (running != null) {
                    return running;
                }
                Uni<Void> fresh = pages(wanted)
                        .onFailure().invoke(e -> LOG.debugf("Name sweep failed: %s", e.getMessage()))
                        .onFailure().recoverWithNull()
                        .eventually(() -> {
                            lastSweep = System.nanoTime();
                            swept = true;
                            sweeping.set(null);
                        })
                        .replaceWithVoid()
                        .memoize().indefinitely();
                if (sweeping.compareAndSet(null, fresh)) {
                    return fresh;
                }
            }
        }

        /** The first page, then (unless it held every wanted id) the rest up to the most a sweep reads. */
        private Uni<Void> pages(Set<String> wanted) {
            return page.apply(ListQuery.first(PAGE)).chain(first -> {
                learn(first);
                long upTo = Math.min(first.total(), maxListItems);
                if (first.size() < PAGE || upTo <= PAGE || stillAbsent(wanted).isEmpty()) {
                    return Uni.createFrom().voidItem();
                }
                List<Uni<Void>> rest = new ArrayList<>();
                for (int offset = PAGE; offset < upTo; offset += PAGE) {
                    ListQuery next = new ListQuery(offset, (int) Math.min(PAGE, upTo - offset),
                            ListQuery.DEFAULT_SORT, null, Map.of());
                    rest.add(page.apply(next).invoke(this::learn).replaceWithVoid());
                }
                return Uni.join().all(rest).usingConcurrencyOf(PARALLEL_PAGES).andCollectFailures().replaceWithVoid();
            });
        }

        private void learn(Named named) {
            named.names().forEach((id, name) -> remember(id, name, ttlNanos));
        }

        /** At most {@code lookupsPerRequest} single lookups; the other ids wait for a later request. */
        private Uni<Void> singles(Set<String> missing) {
            if (missing.isEmpty() || lookupsPerRequest == 0) {
                return Uni.createFrom().voidItem();
            }
            List<Uni<Void>> lookups = new ArrayList<>();
            for (Iterator<String> it = missing.iterator(); it.hasNext() && lookups.size() < lookupsPerRequest; ) {
                String id = it.next();
                lookups.add(one.apply(id)
                        .invoke(name -> remember(id, name, ttlNanos))
                        .onFailure().invoke(e -> remember(id, null, notFound(e) ? ttlNanos
                                : Math.min(ttlNanos, RETRY_FAILED_NANOS)))
                        .onFailure().recoverWithNull()
                        .replaceWithVoid());
            }
            return Uni.join().all(lookups).usingConcurrencyOf(PARALLEL_LOOKUPS).andCollectFailures().replaceWithVoid();
        }

        /** Ids still without an entry that is in its time. */
        private Set<String> stillAbsent(Set<String> ids) {
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
