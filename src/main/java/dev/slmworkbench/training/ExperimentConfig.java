package dev.slmworkbench.training;

/** Hyper-parameters of a fine-tuning run. */
public record ExperimentConfig(Double learningRate, Integer epochs, Integer batchSize) {
}
