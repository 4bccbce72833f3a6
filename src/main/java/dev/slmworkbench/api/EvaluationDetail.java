package dev.slmworkbench.api;

import dev.slmworkbench.training.Metrics;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.Map;

/**
 * One evaluation for its page: names beside the ids, the run's configuration ({@code null} when
 * the experiment is gone) and the loss curve thinned for the chart.
 */
@RegisterForReflection
public record EvaluationDetail(String id, String experimentId, String experimentName, String modelId,
        String modelName, String datasetId, String datasetName, Instant createdAt, Metrics metrics,
        Map<String, Object> trainingStats, EvaluationConfig config, LossCurve lossCurve) {
}
