package dev.slmworkbench.sandbox.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Scores of a model on an evaluation dataset. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Metrics(Double accuracy, Double f1, Double perplexity) {
}
