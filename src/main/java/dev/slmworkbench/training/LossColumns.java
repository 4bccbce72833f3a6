package dev.slmworkbench.training;

import java.util.Arrays;
import java.util.List;

/**
 * A loss curve as parallel primitive columns in step order: no record and no boxed number per
 * point, because a curve can hold 100,000 of them. Points without a step are dropped (they cannot
 * be placed), a missing epoch or loss is {@code NaN}. {@link #total()} counts every upstream
 * entry, dropped ones included. Read-only once built: one instance may be shared by requests.
 */
public final class LossColumns {

    public static final LossColumns EMPTY = new Builder().build();

    private final int[] steps;
    private final double[] epochs;
    private final double[] trainLosses;
    private final double[] evalLosses;
    private final int total;

    private LossColumns(int[] steps, double[] epochs, double[] trainLosses, double[] evalLosses, int total) {
        this.steps = steps;
        this.epochs = epochs;
        this.trainLosses = trainLosses;
        this.evalLosses = evalLosses;
        this.total = total;
    }

    /** The columns of a list of points (null entries and points without a step count in {@link #total()} only). */
    public static LossColumns of(List<LossPoint> points) {
        Builder b = new Builder();
        for (LossPoint p : points) {
            if (p == null || p.step() == null) {
                b.skip();
            } else {
                b.add(p.step(), nan(p.epoch()), nan(p.trainLoss()), nan(p.evalLoss()));
            }
        }
        return b.build();
    }

    private static double nan(Double value) {
        return value == null ? Double.NaN : value;
    }

    /** Points kept (with a step). */
    public int size() {
        return steps.length;
    }

    /** Entries in the upstream curve, kept or not. */
    public int total() {
        return total;
    }

    public int step(int i) {
        return steps[i];
    }

    /** The epoch of point {@code i}, {@code NaN} when none was given. */
    public double epoch(int i) {
        return epochs[i];
    }

    /** The train loss of point {@code i}, {@code NaN} when none was given. */
    public double trainLoss(int i) {
        return trainLosses[i];
    }

    /** The eval loss of point {@code i}, {@code NaN} when none was given (most steps). */
    public double evalLoss(int i) {
        return evalLosses[i];
    }

    /** Collects points in upstream order; {@link #build()} puts them in step order. */
    public static final class Builder {

        private int[] steps = new int[0];
        private double[] epochs = new double[0];
        private double[] trainLosses = new double[0];
        private double[] evalLosses = new double[0];
        private int size;
        private int total;
        private boolean sorted = true;

        public void add(int step, double epoch, double trainLoss, double evalLoss) {
            if (size == steps.length) {
                int capacity = Math.max(1024, size * 2);
                steps = Arrays.copyOf(steps, capacity);
                epochs = Arrays.copyOf(epochs, capacity);
                trainLosses = Arrays.copyOf(trainLosses, capacity);
                evalLosses = Arrays.copyOf(evalLosses, capacity);
            }
            sorted &= size == 0 || step >= steps[size - 1];
            steps[size] = step;
            epochs[size] = epoch;
            trainLosses[size] = trainLoss;
            evalLosses[size] = evalLoss;
            size++;
            total++;
        }

        /** An entry that cannot be placed: counted, not kept. */
        public void skip() {
            total++;
        }

        public LossColumns build() {
            if (sorted) {
                return new LossColumns(Arrays.copyOf(steps, size), Arrays.copyOf(epochs, size),
                        Arrays.copyOf(trainLosses, size), Arrays.copyOf(evalLosses, size), total);
            }
            // Step in the high half, upstream position in the low half: one primitive sort, stable for equal steps.
            long[] order = new long[size];
            for (int i = 0; i < size; i++) {
                order[i] = ((long) steps[i] << 32) | i;
            }
            Arrays.sort(order);
            int[] s = new int[size];
            double[] e = new double[size];
            double[] t = new double[size];
            double[] v = new double[size];
            for (int k = 0; k < size; k++) {
                int i = (int) order[k];
                s[k] = steps[i];
                e[k] = epochs[i];
                t[k] = trainLosses[i];
                v[k] = evalLosses[i];
            }
            return new LossColumns(s, e, t, v, total);
        }
    }
}
