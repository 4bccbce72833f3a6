package dev.slmworkbench.api.evaluations;

import dev.slmworkbench.api.evaluations.curves.LossCurve;
import dev.slmworkbench.training.Metrics;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/**
 * One evaluation for its page: names beside the ids, the run's configuration ({@code null} when
 * the experiment is gone), the step its metrics were measured at (only when the Training API says
 * so) and the loss curve thinned for the chart.
 */
@RegisterForReflection
public record EvaluationDetail(
        @Schema(required = true) String id,
        @Schema(required = true, nullable = true) String experimentId,
        @Schema(required = true, nullable = true) String experimentName,
        @Schema(required = true, nullable = true) String modelId,
        @Schema(required = true, nullable = true) String modelName,
        @Schema(required = true, nullable = true) String datasetId,
        @Schema(required = true, nullable = true) String datasetName,
        @Schema(required = true, nullable = true) Instant createdAt,
        @Schema(required = true) Metrics metrics,
        @Schema(required = true, nullable = true,
                description = "The step the metrics were measured at; null when the Training API did not say") Long step,
        @Schema(required = true, nullable = true,
                description = "The last evaluation loss: of the curve, else the one the statistics report") Double evalLoss,
        @Schema(required = true, nullable = true,
                description = "The step of that evaluation loss; null when it did not come with one") Long evalLossStep,
        @Schema(required = true) Map<String, Object> trainingStats,
        @Schema(required = true, nullable = true) EvaluationConfig config,
        @Schema(required = true) LossCurve lossCurve) {
}
