package dev.slmworkbench.training;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Headline metrics of an evaluation; any of them may be missing. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Metrics(Double accuracy, Double f1, Double perplexity) {
}
