package dev.slmworkbench.api.evaluations.curves;

import dev.slmworkbench.api.evaluations.EvaluationResource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.training.LossPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LossCurvesTest {

    /** A smooth falling curve of {@code n} steps with an eval loss every {@code evalEvery} steps. */
    private static List<LossPoint> curve(int n, int evalEvery) {
        List<LossPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double loss = 2.0 / (1 + i / 100.0) + 0.1;
            points.add(new LossPoint(i + 1, (i + 1) / (double) n * 3, loss,
                    evalEvery > 0 && (i + 1) % evalEvery == 0 ? loss + 0.05 : null));
        }
        return points;
    }

    private static boolean ascending(int[] steps) {
        for (int i = 1; i < steps.length; i++) {
            if (steps[i] <= steps[i - 1]) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aShortCurveIsReturnedWhole() {
        List<LossPoint> points = curve(50, 10);
        LossCurve c = LossCurves.of(points, 100);
        assertFalse(c.downsampled());
        assertEquals(50, c.totalPoints());
        assertEquals(50, c.points());
        assertEquals(50, c.train().size());
        assertEquals(5, c.eval().size());
        assertEquals(points.get(9).evalLoss(), c.eval().loss()[0]);
        assertEquals(10, c.eval().step()[0]);
        assertEquals(points.get(49).epoch(), c.train().epoch()[49]);
    }

    @Test
    void aCurveOfExactlyPointsIsUntouched() {
        LossCurve c = LossCurves.of(curve(200, 0), 200);
        assertFalse(c.downsampled());
        assertEquals(200, c.train().size());
    }

    @Test
    void aLongCurveIsCappedAndKeepsFirstLastAndGlobalMinimum() {
        List<LossPoint> points = curve(100_000, 100);
        // the lowest loss sits in the middle, not at the end
        points.set(61_234, new LossPoint(61_235, 1.8, 0.01, null));
        LossCurve c = LossCurves.of(points, 2000);
        assertTrue(c.downsampled());
        assertEquals(100_000, c.totalPoints());
        assertTrue(c.train().size() <= 2000, "at most points: " + c.train().size());
        assertTrue(c.train().size() > 1000, "an envelope uses most of its budget: " + c.train().size());
        assertEquals(1, c.train().step()[0]);
        assertEquals(100_000, c.train().step()[c.train().size() - 1]);
        assertTrue(Arrays.stream(c.train().step()).anyMatch(s -> s == 61_235));
        assertEquals(0.01, Arrays.stream(c.train().loss()).min().orElseThrow());
        assertTrue(ascending(c.train().step()));
        assertEquals(c.train().size(), c.points());
    }

    @Test
    void theEnvelopeKeepsASpikeThatSamplingWouldMiss() {
        List<LossPoint> points = curve(50_000, 0);
        points.set(33_333, new LossPoint(33_334, 2.0, 9.5, null));
        LossCurve c = LossCurves.of(points, 100);
        assertTrue(c.train().size() <= 100);
        int at = Arrays.stream(c.train().step()).boxed().toList().indexOf(33_334);
        assertTrue(at >= 0, "the spike is kept");
        assertEquals(9.5, c.train().loss()[at]);
    }

    @Test
    void theSparseEvalSeriesIsThinnedOnItsOwn() {
        LossCurve c = LossCurves.of(curve(100_000, 10), 2000);
        assertTrue(c.downsampled());
        assertTrue(c.eval().size() <= 2000 && c.eval().size() > 1000, "10,000 eval points thinned: " + c.eval().size());
        assertTrue(ascending(c.eval().step()));
        assertEquals(10, c.eval().step()[0]);
        assertEquals(100_000, c.eval().step()[c.eval().size() - 1]);
        assertTrue(Arrays.stream(c.eval().step()).allMatch(s -> s % 10 == 0), "only points with an eval loss");
        // a sparse series shorter than the budget stays whole while the train series is thinned
        LossCurve sparse = LossCurves.of(curve(100_000, 100), 2000);
        assertEquals(1000, sparse.eval().size());
        assertEquals(sparse.train().size(), sparse.points(), "points counts the longer series");
        assertTrue(sparse.downsampled());
    }

    @Test
    void stepsComeOutInOrderEvenWhenUpstreamShuffledThem() {
        List<LossPoint> points = curve(5_000, 50);
        Collections.shuffle(points, new Random(7));
        LossCurve c = LossCurves.of(points, 500);
        assertTrue(ascending(c.train().step()));
        assertTrue(ascending(c.eval().step()));
        assertEquals(1, c.train().step()[0]);
        assertEquals(5_000, c.train().step()[c.train().size() - 1]);
        LossCurve whole = LossCurves.of(points, 10_000);
        assertTrue(ascending(whole.train().step()));
        assertEquals(5_000, whole.train().size());
    }

    @Test
    void neverMoreThanPointsAtTheSmallestBudgetAndWithFlatLoss() {
        for (int points : new int[] {10, 11, 37, 2000}) {
            for (int n : new int[] {points + 1, points * 3 + 1, 25_000}) {
                LossCurve c = LossCurves.of(curve(n, 1), points);
                assertTrue(c.train().size() <= points, n + " into " + points + ": " + c.train().size());
                assertTrue(c.eval().size() <= points);
                assertTrue(ascending(c.train().step()));
            }
        }
        List<LossPoint> flat = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            flat.add(new LossPoint(i, null, 0.5, null));
        }
        LossCurve c = LossCurves.of(flat, 10);
        assertTrue(c.train().size() <= 10);
        assertNull(c.train().epoch()[0], "a missing epoch stays missing");
        assertEquals(0, c.eval().size());
    }

    @Test
    void negativeLossesAndPointsWithoutStepOrLoss() {
        List<LossPoint> points = new ArrayList<>(curve(30, 0));
        points.add(new LossPoint(null, 1.0, 0.3, null));
        points.add(new LossPoint(31, 1.0, null, -0.5));
        LossCurve c = LossCurves.of(points, 100);
        assertEquals(32, c.totalPoints());
        assertEquals(30, c.train().size());
        assertArrayEquals(new int[] {31}, c.eval().step());
        assertArrayEquals(new double[] {-0.5}, c.eval().loss());
    }

    @Test
    void anAbsentCurveIsEmpty() {
        LossCurve c = LossCurves.of(null, 2000);
        assertEquals(0, c.totalPoints());
        assertEquals(0, c.points());
        assertFalse(c.downsampled());
        assertEquals(0, c.train().size());
        assertThrows(IllegalArgumentException.class, () -> LossCurves.of(List.of(), 1));
    }

    @Test
    void pointsParameterBounds() {
        assertEquals(2000, EvaluationResource.points(null));
        assertEquals(2000, EvaluationResource.points(" "));
        assertEquals(10, EvaluationResource.points("10"));
        assertEquals(10_000, EvaluationResource.points("10000"));
        for (String bad : new String[] {"9", "10001", "-5", "abc", "1.5", "99999999999"}) {
            var e = assertThrows(dev.slmworkbench.training.InvalidRequestException.class,
                    () -> EvaluationResource.points(bad));
            assertEquals("points", e.errors().get(0).field());
        }
    }
}
