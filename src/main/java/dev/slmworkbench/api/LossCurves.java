package dev.slmworkbench.api;

import dev.slmworkbench.training.LossPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Thins a long loss curve for a chart without losing its shape: each series longer than
 * {@code points} becomes a min/max envelope (each bucket of consecutive points gives its lowest
 * and its highest loss, so a spike is never dropped), keeping the first point, the last point and
 * the global minimum, never more than {@code points}. Plain sampling would hide spikes.
 */
final class LossCurves {

    static final int DEFAULT_POINTS = 2000;
    static final int MIN_POINTS = 10;
    static final int MAX_POINTS = 10_000;

    private static final Comparator<LossPoint> BY_STEP = Comparator.comparingInt(LossPoint::step);

    private LossCurves() {
    }

    /** The train and eval series of {@code curve} (null or empty is an empty curve), each at most {@code points}. */
    static LossCurve of(List<LossPoint> curve, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("points must be 2 or more");
        }
        List<LossPoint> ordered = inStepOrder(curve == null ? List.of() : curve);
        List<LossPoint> train = series(ordered, LossPoint::trainLoss);
        List<LossPoint> eval = series(ordered, LossPoint::evalLoss);
        LossSeries trainOut = envelope(train, LossPoint::trainLoss, points);
        LossSeries evalOut = envelope(eval, LossPoint::evalLoss, points);
        return new LossCurve(Math.max(trainOut.size(), evalOut.size()), curve == null ? 0 : curve.size(),
                train.size() > points || eval.size() > points, trainOut, evalOut);
    }

    /** Points without a step cannot be placed on the chart; the rest sorted only when they are not already. */
    private static List<LossPoint> inStepOrder(List<LossPoint> curve) {
        List<LossPoint> kept = new ArrayList<>(curve.size());
        boolean sorted = true;
        int last = Integer.MIN_VALUE;
        for (LossPoint p : curve) {
            if (p != null && p.step() != null) {
                sorted &= p.step() >= last;
                last = p.step();
                kept.add(p);
            }
        }
        if (!sorted) {
            kept.sort(BY_STEP);
        }
        return kept;
    }

    private static List<LossPoint> series(List<LossPoint> ordered, Function<LossPoint, Double> loss) {
        List<LossPoint> out = new ArrayList<>();
        for (LossPoint p : ordered) {
            Double value = loss.apply(p);
            if (value != null && Double.isFinite(value)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The whole series when it fits; else first and last point, and the interior split into
     * {@code (points - 2) / 2} buckets that each give their min and max (in step order), so the
     * count stays within {@code points}. The global minimum is its bucket's minimum, so it stays.
     */
    static LossSeries envelope(List<LossPoint> series, Function<LossPoint, Double> loss, int points) {
        int n = series.size();
        if (n <= points) {
            return select(series, loss, allIndices(n));
        }
        int buckets = (points - 2) / 2;
        long interior = n - 2L;
        int[] picked = new int[2 + 2 * buckets];
        int count = 0;
        picked[count++] = 0;
        for (int b = 0; b < buckets; b++) {
            int from = (int) (1 + b * interior / buckets);
            int to = (int) (1 + (b + 1) * interior / buckets);
            if (from >= to) {
                continue;
            }
            int min = from;
            int max = from;
            for (int i = from + 1; i < to; i++) {
                double v = loss.apply(series.get(i));
                if (v < loss.apply(series.get(min))) {
                    min = i;
                }
                if (v > loss.apply(series.get(max))) {
                    max = i;
                }
            }
            picked[count++] = Math.min(min, max);
            if (min != max) {
                picked[count++] = Math.max(min, max);
            }
        }
        picked[count++] = n - 1;
        return select(series, loss, java.util.Arrays.copyOf(picked, count));
    }

    private static int[] allIndices(int n) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }

    private static LossSeries select(List<LossPoint> series, Function<LossPoint, Double> loss, int[] indices) {
        int[] step = new int[indices.length];
        Double[] epoch = new Double[indices.length];
        double[] value = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            LossPoint p = series.get(indices[i]);
            step[i] = p.step();
            epoch[i] = p.epoch();
            value[i] = loss.apply(p);
        }
        return new LossSeries(step, epoch, value);
    }
}
