package dev.slmworkbench.training;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A base or fine-tuned model; the detail endpoint adds {@code evaluationIds}. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Model(
        String id,
        String name,
        String type,
        String version,
        String architecture,
        Long parameterCount,
        Instant createdAt,
        Boolean latest,
        String description,
        Map<String, Object> metadata,
        String baseModelId,
        String experimentId,
        List<String> evaluationIds) {
}
