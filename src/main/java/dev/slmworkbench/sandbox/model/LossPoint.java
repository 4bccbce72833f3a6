package dev.slmworkbench.sandbox.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One point of a loss curve; evalLoss only on the steps where evaluation ran. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LossPoint(long step, double epoch, double trainLoss, Double evalLoss) {
}
