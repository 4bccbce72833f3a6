package dev.slmworkbench.training;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code POST /experiments}. */
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
