package dev.slmworkbench.training;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One entry of an experiment's status history. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusChange(String status, Instant at, String message) {
}
