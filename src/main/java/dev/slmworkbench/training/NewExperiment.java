package dev.slmworkbench.training;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code POST /experiments}. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewExperiment(
        String name,
        String description,
        String goal,
        String baseModelId,
        String trainingDatasetId,
        String evaluationDatasetId,
        ExperimentConfig config) {
}
