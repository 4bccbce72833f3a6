package dev.slmworkbench.sandbox.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** One transition in an experiment's life, with a sentence for humans. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusChange(ExperimentStatus status, Instant at, String message) {
}
