package dev.slmworkbench.api.evaluations;

import dev.slmworkbench.training.Evaluation;
import dev.slmworkbench.training.Metrics;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An evaluation as a model's detail lists it: its headline metrics, without the loss curve. */
@RegisterForReflection
public record EvaluationSummary(
        @Schema(required = true, nullable = true) String id,
        @Schema(required = true, nullable = true) String experimentId,
        @Schema(required = true, nullable = true) String modelId,
        @Schema(required = true, nullable = true) String datasetId,
        @Schema(required = true, nullable = true) Instant createdAt,
        @Schema(required = true) Metrics metrics) {

    public static EvaluationSummary of(Evaluation e) {
        return new EvaluationSummary(e.id(), e.experimentId(), e.modelId(), e.datasetId(), e.createdAt(),
                e.metrics() != null ? e.metrics() : new Metrics(null, null, null));
    }
}
