package dev.slmworkbench.sandbox.model;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The hyper-parameters of a run. */
@RegisterForReflection
public record ExperimentConfig(double learningRate, int epochs, int batchSize) {
}
