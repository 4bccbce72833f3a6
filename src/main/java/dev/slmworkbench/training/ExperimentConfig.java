package dev.slmworkbench.training;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Hyper-parameters of a fine-tuning run. */
@RegisterForReflection
public record ExperimentConfig(
        @Schema(required = true, nullable = true) Double learningRate,
        @Schema(required = true, nullable = true) Integer epochs,
        @Schema(required = true, nullable = true) Integer batchSize) {
}
