package dev.slmworkbench.api.evaluations.curves;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An evaluation's loss curve as the chart draws it: {@code points} in the longer series,
 * {@code totalPoints} in the upstream curve, {@code downsampled} when either series was thinned.
 */
@RegisterForReflection
public record LossCurve(
        @Schema(required = true) int points,
        @Schema(required = true) int totalPoints,
        @Schema(required = true) boolean downsampled,
        @Schema(required = true) LossSeries train,
        @Schema(required = true) LossSeries eval) {
}
