package dev.slmworkbench.api.evaluations.curves;

import dev.slmworkbench.training.LossColumns;
import dev.slmworkbench.training.LossPoint;
import java.util.Arrays;
import java.util.List;

/**
 * Thins a long loss curve for a chart without losing its shape: each series longer than
 * {@code points} becomes a min/max envelope (each bucket of consecutive points gives its lowest
 * and its highest loss, so a spike is never dropped), keeping the first point, the last point and
 * the global minimum, never more than {@code points}. Plain sampling would hide spikes. Works on
 * the curve's primitive columns: one index array per series, nothing per point.
 */
public final class LossCurves {

    public static final int DEFAULT_POINTS = 2000;
    public static final int MIN_POINTS = 10;
    public static final int MAX_POINTS = 10_000;

    private static final boolean TRAIN = true;
    private static final boolean EVAL = false;

    private LossCurves() {
    }

    /** The train and eval series of {@code curve} (null or empty is an empty curve), each at most {@code points}. */
    static LossCurve of(List<LossPoint> curve, int points) {
        return thin(curve == null ? null : LossColumns.of(curve), points);
    }

    /** The train and eval series of {@code curve} (null is an empty curve), each at most {@code points}. */
    public static LossCurve thin(LossColumns curve, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("points must be 2 or more");
        }
        LossColumns c = curve == null ? LossColumns.EMPTY : curve;
        int[] train = series(c, TRAIN);
        int[] eval = series(c, EVAL);
        LossSeries trainOut = select(c, TRAIN, envelope(c, TRAIN, train, points));
        LossSeries evalOut = select(c, EVAL, envelope(c, EVAL, eval, points));
        return new LossCurve(Math.max(trainOut.size(), evalOut.size()), c.total(),
                train.length > points || eval.length > points, trainOut, evalOut);
    }

    private static double loss(LossColumns c, boolean train, int i) {
        return train ? c.trainLoss(i) : c.evalLoss(i);
    }

    /** The positions (in step order) of the points with a finite loss of that kind. */
    private static int[] series(LossColumns c, boolean train) {
        int[] out = new int[c.size()];
        int n = 0;
        for (int i = 0; i < c.size(); i++) {
            if (Double.isFinite(loss(c, train, i))) {
                out[n++] = i;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * The whole series when it fits; else first and last point, and the interior split into
     * {@code (points - 2) / 2} buckets that each give their min and max (in step order), so the
     * count stays within {@code points}. The global minimum is its bucket's minimum, so it stays.
     */
    private static int[] envelope(LossColumns c, boolean train, int[] series, int points) {
        int n = series.length;
        if (n <= points) {
            return series;
        }
        int buckets = (points - 2) / 2;
        long interior = n - 2L;
        int[] picked = new int[2 + 2 * buckets];
        int count = 0;
        picked[count++] = series[0];
        for (int b = 0; b < buckets; b++) {
            int from = (int) (1 + b * interior / buckets);
            int to = (int) (1 + (b + 1) * interior / buckets);
            if (from >= to) {
                continue;
            }
            int min = from;
            int max = from;
            double low = loss(c, train, series[from]);
            double high = low;
            for (int i = from + 1; i < to; i++) {
                double v = loss(c, train, series[i]);
                if (v < low) {
                    low = v;
                    min = i;
                }
                if (v > high) {
                    high = v;
                    max = i;
                }
            }
            picked[count++] = series[Math.min(min, max)];
            if (min != max) {
                picked[count++] = series[Math.max(min, max)];
            }
        }
        picked[count++] = series[n - 1];
        return Arrays.copyOf(picked, count);
    }

    private static LossSeries select(LossColumns c, boolean train, int[] positions) {
        int[] step = new int[positions.length];
        Double[] epoch = new Double[positions.length];
        double[] value = new double[positions.length];
        for (int k = 0; k < positions.length; k++) {
            int i = positions[k];
            step[k] = c.step(i);
            double e = c.epoch(i);
            epoch[k] = Double.isNaN(e) ? null : e;
            value[k] = loss(c, train, i);
        }
        return new LossSeries(step, epoch, value);
    }
}
