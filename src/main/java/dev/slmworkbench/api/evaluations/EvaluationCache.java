package dev.slmworkbench.api.evaluations;

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
 * a point costs 28 bytes as columns), least recently read dropped first; an evaluation larger than
 * the whole budget is not kept. {@code 0} turns the cache off.
 */
@ApplicationScoped
public class EvaluationCache {

    /** Statuses after which a run's evaluation is final; any other (or an unknown one) is not kept. */
    static final Set<String> FINISHED = Set.of("completed", "failed", "cancelled");

    private final long budget;
    private final LinkedHashMap<String, Evaluation> kept = new LinkedHashMap<>(16, 0.75f, true);
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
        held += weight - (before == null ? 0 : weight(before));
        Iterator<Map.Entry<String, Evaluation>> oldest = kept.entrySet().iterator();
        while (held > budget && oldest.hasNext()) {
            Map.Entry<String, Evaluation> next = oldest.next();
            if (!next.getKey().equals(e.id())) {
                held -= weight(next.getValue());
                oldest.remove();
            }
        }
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
        held = 0;
    }

    /** An evaluation's share of the budget: its curve's points, and one for the record itself. */
    static long weight(Evaluation e) {
        return 1 + (e.lossCurve() == null ? 0 : e.lossCurve().size());
    }
}
