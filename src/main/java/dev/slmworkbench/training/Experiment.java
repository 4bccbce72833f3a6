package dev.slmworkbench.training;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A fine-tuning run. {@code status} stays a string: a status the contract does not know yet is
 * shown as it is rather than failing the whole page.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Experiment(
        String id,
        String name,
        String description,
        String goal,
        String status,
        String baseModelId,
        String trainingDatasetId,
        String evaluationDatasetId,
        ExperimentConfig config,
        Instant createdAt,
        Instant updatedAt,
        List<StatusChange> statusHistory,
        String resultModelId,
        List<String> evaluationIds,
        Double progress,
        String error) {
}
