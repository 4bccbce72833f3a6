package dev.slmworkbench.training;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.Map;

/** The evaluation of a fine-tuned model on an evaluation dataset; its loss curve is read into columns (it can be 100,000 points). */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evaluation(
        String id,
        String experimentId,
        String modelId,
        String datasetId,
        Instant createdAt,
        Metrics metrics,
        @JsonDeserialize(using = LossCurveReader.class) LossColumns lossCurve,
        Map<String, Object> trainingStats) {
}
