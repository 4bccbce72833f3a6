package dev.slmworkbench.training;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The evaluation of a fine-tuned model on an evaluation dataset. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evaluation(
        String id,
        String experimentId,
        String modelId,
        String datasetId,
        Instant createdAt,
        Metrics metrics,
        List<LossPoint> lossCurve,
        Map<String, Object> trainingStats) {
}
