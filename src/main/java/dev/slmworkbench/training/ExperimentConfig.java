package dev.slmworkbench.training;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Hyper-parameters of a fine-tuning run. */
@RegisterForReflection
public record ExperimentConfig(Double learningRate, Integer epochs, Integer batchSize) {
}
