package dev.slmworkbench.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An evaluation's loss curve as the chart draws it: {@code points} in the longer series,
 * {@code totalPoints} in the upstream curve, {@code downsampled} when either series was thinned.
 */
@RegisterForReflection
public record LossCurve(int points, int totalPoints, boolean downsampled, LossSeries train, LossSeries eval) {
}
