package dev.slmworkbench.api.evaluations;

import dev.slmworkbench.training.Evaluation;
import dev.slmworkbench.training.EvaluationFigures;
import dev.slmworkbench.training.ListQuery;
import dev.slmworkbench.training.NameCache;
import dev.slmworkbench.training.Page;
import dev.slmworkbench.training.TrainingBackend;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluations have no names of their own, so a search over their names and the filters' choices
 * need many of them at once: read upstream {@value #PAGE} at a time, at most {@value #MAX} in
 * all, without their heavy fields, and named through {@link NameCache} (a few list calls, never one
 * call per row).
 */
@ApplicationScoped
public class EvaluationScans {

    static final int PAGE = ListQuery.MAX_LIMIT;
    static final int MAX = 5_000;
    /** Pages after the first read at the same time. */
    static final int PARALLEL_PAGES = 3;

    private final TrainingBackend training;
    private final NameCache names;

    EvaluationScans(TrainingBackend training, NameCache names) {
        this.training = training;
        this.names = names;
    }

    /** The evaluations matching {@code filters} in {@code sort} order (at most {@value #MAX}); complete if that is all. */
    record Scan(List<Evaluation> items, boolean complete) {
    }

    /** The names of the experiments, models and datasets of some evaluations (a missing one maps to null). */
    record NameSet(Map<String, String> experiments, Map<String, String> models, Map<String, String> datasets) {

        EvaluationRow row(Evaluation e) {
            return EvaluationRow.of(e, experiments, models, datasets);
        }
    }

    Uni<Scan> scan(Map<String, String> filters, String sort) {
        return training.evaluations(new ListQuery(0, PAGE, sort, null, filters)).chain(first -> {
            List<Evaluation> all = new ArrayList<>(slim(first.items()));
            long wanted = Math.min(first.total(), MAX);
            if (first.items().size() < PAGE || wanted <= PAGE) {
                return Uni.createFrom().item(new Scan(all, first.total() <= all.size()));
            }
            List<Uni<Page<Evaluation>>> rest = new ArrayList<>();
            for (int offset = PAGE; offset < wanted; offset += PAGE) {
                int size = (int) Math.min(PAGE, wanted - offset);
                rest.add(training.evaluations(new ListQuery(offset, size, sort, null, filters)));
            }
            return Uni.join().all(rest).usingConcurrencyOf(PARALLEL_PAGES).andFailFast().map(pages -> {
                for (Page<Evaluation> page : pages) {
                    all.addAll(slim(page.items()));
                }
                return new Scan(all, first.total() <= MAX && all.size() >= first.total());
            });
        });
    }

    Uni<NameSet> names(Collection<Evaluation> evaluations) {
        Set<String> experiments = new HashSet<>();
        Set<String> models = new HashSet<>();
        Set<String> datasets = new HashSet<>();
        for (Evaluation e : evaluations) {
            experiments.add(e.experimentId());
            models.add(e.modelId());
            datasets.add(e.datasetId());
        }
        return Uni.combine().all()
                .unis(names.experiments(experiments), names.anyModels(models), names.datasets(datasets))
                .asTuple().map(t -> new NameSet(t.getItem1(), t.getItem2(), t.getItem3()));
    }

    /** Without the loss curve a list may carry and all but a row's statistics: a scan keeps thousands of these. */
    private static List<Evaluation> slim(List<Evaluation> items) {
        List<Evaluation> out = new ArrayList<>(items.size());
        for (Evaluation e : items) {
            out.add(new Evaluation(e.id(), e.experimentId(), e.modelId(), e.datasetId(), e.createdAt(), e.metrics(),
                    null, EvaluationFigures.rowStats(e.trainingStats())));
        }
        return out;
    }
}
