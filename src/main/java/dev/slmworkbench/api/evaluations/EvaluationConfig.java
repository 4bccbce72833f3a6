package dev.slmworkbench.api.evaluations;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The run behind an evaluation: its hyper-parameters and what it trained on, with names (null when unknown). */
@RegisterForReflection
public record EvaluationConfig(
        @Schema(required = true, nullable = true) Double learningRate,
        @Schema(required = true, nullable = true) Integer epochs,
        @Schema(required = true, nullable = true) Integer batchSize,
        @Schema(required = true, nullable = true) String baseModelId,
        @Schema(required = true, nullable = true) String baseModelName,
        @Schema(required = true, nullable = true) String trainingDatasetId,
        @Schema(required = true, nullable = true) String trainingDatasetName,
        @Schema(required = true, nullable = true) String evaluationDatasetId,
        @Schema(required = true, nullable = true) String evaluationDatasetName) {
}
