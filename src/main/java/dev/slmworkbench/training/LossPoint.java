package dev.slmworkbench.training;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One point of a loss curve; {@code evalLoss} is only there on evaluation steps. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LossPoint(Integer step, Double epoch, Double trainLoss, Double evalLoss) {
}
