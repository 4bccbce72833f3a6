package dev.slmworkbench.api;

import dev.slmworkbench.training.Evaluation;
import dev.slmworkbench.training.Metrics;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** An evaluation as a model's detail lists it: its headline metrics, without the loss curve. */
@RegisterForReflection
public record EvaluationSummary(String id, String experimentId, String modelId, String datasetId, Instant createdAt,
        Metrics metrics) {

    static EvaluationSummary of(Evaluation e) {
        return new EvaluationSummary(e.id(), e.experimentId(), e.modelId(), e.datasetId(), e.createdAt(),
                e.metrics() != null ? e.metrics() : new Metrics(null, null, null));
    }
}
