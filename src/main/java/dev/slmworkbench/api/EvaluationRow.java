package dev.slmworkbench.api;

import dev.slmworkbench.training.Evaluation;
import dev.slmworkbench.training.Metrics;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.Map;

/** An evaluation in the table: its ids with their names (null when unknown: show the id) and headline metrics. */
@RegisterForReflection
public record EvaluationRow(String id, String experimentId, String experimentName, String modelId, String modelName,
        String datasetId, String datasetName, Instant createdAt, Metrics metrics) {

    static EvaluationRow of(Evaluation e, Map<String, String> experiments, Map<String, String> models,
            Map<String, String> datasets) {
        return new EvaluationRow(e.id(), e.experimentId(), name(experiments, e.experimentId()), e.modelId(),
                name(models, e.modelId()), e.datasetId(), name(datasets, e.datasetId()), e.createdAt(), metrics(e));
    }

    static Metrics metrics(Evaluation e) {
        return e.metrics() != null ? e.metrics() : new Metrics(null, null, null);
    }

    static String name(Map<String, String> names, String id) {
        return id == null ? null : names.get(id);
    }
}
