package dev.slmworkbench.sandbox.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A base or fine-tuned model; evaluationIds is only filled in for the detail answer. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Model(
        String id,
        String name,
        ModelType type,
        String version,
        String architecture,
        long parameterCount,
        Instant createdAt,
        boolean latest,
        String description,
        Map<String, Object> metadata,
        String baseModelId,
        String experimentId,
        List<String> evaluationIds) {

    public Model withLatest(boolean value) {
        return new Model(id, name, type, version, architecture, parameterCount, createdAt, value,
                description, metadata, baseModelId, experimentId, evaluationIds);
    }

    public Model withEvaluationIds(List<String> ids) {
        return new Model(id, name, type, version, architecture, parameterCount, createdAt, latest,
                description, metadata, baseModelId, experimentId, ids);
    }
}
