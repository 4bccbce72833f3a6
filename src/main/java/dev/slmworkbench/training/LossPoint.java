package dev.slmworkbench.training;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One point of a loss curve; {@code evalLoss} is only there on evaluation steps. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LossPoint(Integer step, Double epoch, Double trainLoss, Double evalLoss) {
}
