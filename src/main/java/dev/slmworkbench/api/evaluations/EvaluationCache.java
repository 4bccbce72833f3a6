package dev.slmworkbench.api.evaluations;

import dev.slmworkbench.api.evaluations.curves.LossCurve;
import dev.slmworkbench.api.evaluations.curves.LossCurves;
import dev.slmworkbench.training.Evaluation;
import dev.slmworkbench.training.Experiment;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Evaluations of finished runs, parsed, kept so a page opened again (or eight runs compared again)
 * reads no 5 MB answer from the Training API and parses nothing: a finished run's evaluation never
 * changes. Bounded by the loss-curve points held in all ({@code evaluation-cache.max-points};
 * a point costs 28 bytes as columns; the few thinned copies a page asks for count too), least
 * recently read dropped first; an evaluation larger than the whole budget is not kept. {@code 0}
 * turns the cache off.
 */
@ApplicationScoped
public class EvaluationCache {

    /** Statuses after which a run's evaluation is final; any other (or an unknown one) is not kept. */
    static final Set<String> FINISHED = Set.of("completed", "failed", "cancelled");

    private final long budget;
    /** Thinned curves kept per evaluation: the sizes a page asks (2,000 for one run, fewer for a compare). */
    static final int THINNED_PER_EVALUATION = 4;

    private final LinkedHashMap<String, Evaluation> kept = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Map<Integer, LossCurve>> thinned = new java.util.HashMap<>();
    private long held;

    EvaluationCache(@ConfigProperty(name = "evaluation-cache.max-points", defaultValue = "2000000") long budget) {
        this.budget = Math.max(0, budget);
    }

    /** The kept evaluation, or null. */
    synchronized Evaluation get(String id) {
        return id == null ? null : kept.get(id);
    }

    /** Keeps the evaluation when its run is known to be finished; drops the least recently read to make room. */
    void keepIfFinished(Evaluation e, Experiment run) {
        if (e != null && e.id() != null && run != null && run.status() != null && FINISHED.contains(run.status())) {
            put(e);
        }
    }

    synchronized void put(Evaluation e) {
        long weight = weight(e);
        if (weight > budget) {
            return;
        }
        Evaluation before = kept.put(e.id(), e);
        held += weight - (before == null ? 0 : weight(before) + thinnedWeight(e.id()));
        thinned.remove(e.id());
        trim(e.id());
    }

    /**
     * The kept evaluation's curve thinned to {@code points}, thinned once and kept with it (counted
     * in the budget); a curve not kept is thinned each time.
     */
    LossCurve thin(Evaluation e, int points) {
        synchronized (this) {
            Map<Integer, LossCurve> sizes = kept.get(e.id()) == e ? thinned.get(e.id()) : null;
            LossCurve done = sizes == null ? null : sizes.get(points);
            if (done != null) {
                return done;
            }
        }
        LossCurve curve = LossCurves.thin(e.lossCurve(), points);
        synchronized (this) {
            if (kept.get(e.id()) == e) {
                Map<Integer, LossCurve> sizes = thinned.computeIfAbsent(e.id(), id -> new java.util.HashMap<>());
                if (sizes.size() < THINNED_PER_EVALUATION && sizes.putIfAbsent(points, curve) == null) {
                    held += weight(curve);
                    trim(e.id());
                }
            }
        }
        return curve;
    }

    /** Drops the least recently read (never {@code keep}) until the budget holds. */
    private void trim(String keep) {
        Iterator<Map.Entry<String, Evaluation>> oldest = kept.entrySet().iterator();
        while (held > budget && oldest.hasNext()) {
            Map.Entry<String, Evaluation> next = oldest.next();
            if (!next.getKey().equals(keep)) {
                held -= weight(next.getValue()) + thinnedWeight(next.getKey());
                thinned.remove(next.getKey());
                oldest.remove();
            }
        }
    }

    private long thinnedWeight(String id) {
        Map<Integer, LossCurve> sizes = thinned.get(id);
        long total = 0;
        if (sizes != null) {
            for (LossCurve c : sizes.values()) {
                total += weight(c);
            }
        }
        return total;
    }

    static long weight(LossCurve c) {
        return c.train().step().length + c.eval().step().length;
    }

    /** The points held now (for tests and the documentation's figure). */
    synchronized long held() {
        return held;
    }

    synchronized int size() {
        return kept.size();
    }

    synchronized void clear() {
        kept.clear();
        thinned.clear();
        held = 0;
    }

    /** An evaluation's share of the budget: its curve's points, and one for the record itself. */
    static long weight(Evaluation e) {
        return 1 + (e.lossCurve() == null ? 0 : e.lossCurve().size());
    }
}
