package dev.slmworkbench.api.evaluations;

import dev.slmworkbench.training.Evaluation;
import dev.slmworkbench.training.EvaluationFigures;
import dev.slmworkbench.training.Metrics;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/**
 * An evaluation in the table: its ids with their names (null when unknown: show the id), headline
 * metrics, and the optional columns: the final evaluation loss and the run's main hyperparameters
 * (null when the Training API did not report them).
 */
@RegisterForReflection
public record EvaluationRow(
        @Schema(required = true) String id,
        @Schema(required = true, nullable = true) String experimentId,
        @Schema(required = true, nullable = true) String experimentName,
        @Schema(required = true, nullable = true) String modelId,
        @Schema(required = true, nullable = true) String modelName,
        @Schema(required = true, nullable = true) String datasetId,
        @Schema(required = true, nullable = true) String datasetName,
        @Schema(required = true, nullable = true) Instant createdAt,
        @Schema(required = true) Metrics metrics,
        @Schema(required = true, nullable = true, description = "The final evaluation loss, when reported") Double evalLoss,
        @Schema(required = true, nullable = true) Double learningRate,
        @Schema(required = true, nullable = true) Double epochs,
        @Schema(required = true, nullable = true) Double batchSize) {

    static EvaluationRow of(Evaluation e, Map<String, String> experiments, Map<String, String> models,
            Map<String, String> datasets) {
        return new EvaluationRow(e.id(), e.experimentId(), name(experiments, e.experimentId()), e.modelId(),
                name(models, e.modelId()), e.datasetId(), name(datasets, e.datasetId()), e.createdAt(), metrics(e),
                EvaluationFigures.evalLoss(e), EvaluationFigures.learningRate(e), EvaluationFigures.epochs(e),
                EvaluationFigures.batchSize(e));
    }

    static Metrics metrics(Evaluation e) {
        return e.metrics() != null ? e.metrics() : new Metrics(null, null, null);
    }

    static String name(Map<String, String> names, String id) {
        return id == null ? null : names.get(id);
    }
}
