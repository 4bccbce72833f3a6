package dev.slmworkbench.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One series of a loss curve as three parallel arrays in step order ({@code epoch} may hold nulls). */
@RegisterForReflection
public record LossSeries(int[] step, Double[] epoch, double[] loss) {

    static final LossSeries EMPTY = new LossSeries(new int[0], new Double[0], new double[0]);

    int size() {
        return step.length;
    }
}
