package dev.slmworkbench.sandbox.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The result of evaluating a model on a dataset, with the curve of the run that made it. */
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

    /** List items leave the curve out: it can hold thousands of points. */
    public Evaluation withoutCurve() {
        return new Evaluation(id, experimentId, modelId, datasetId, createdAt, metrics, null, trainingStats);
    }
}
