package dev.slmworkbench.api.evaluations.curves;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One series of a loss curve as three parallel arrays in step order ({@code epoch} may hold nulls). */
@RegisterForReflection
public record LossSeries(
        @Schema(required = true) int[] step,
        @Schema(required = true, description = "An epoch per point; null where the Training API gave none.") Double[] epoch,
        @Schema(required = true) double[] loss) {

    static final LossSeries EMPTY = new LossSeries(new int[0], new Double[0], new double[0]);

    int size() {
        return step.length;
    }
}
