package dev.slmworkbench.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The run behind an evaluation: its hyper-parameters and what it trained on, with names (null when unknown). */
@RegisterForReflection
public record EvaluationConfig(Double learningRate, Integer epochs, Integer batchSize,
        String baseModelId, String baseModelName, String trainingDatasetId, String trainingDatasetName,
        String evaluationDatasetId, String evaluationDatasetName) {
}
