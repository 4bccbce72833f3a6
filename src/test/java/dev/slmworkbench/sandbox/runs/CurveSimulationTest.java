package dev.slmworkbench.sandbox.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.sandbox.model.Experiment;
import dev.slmworkbench.sandbox.model.ExperimentConfig;
import dev.slmworkbench.sandbox.model.ExperimentStatus;
import dev.slmworkbench.sandbox.model.LossPoint;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurveSimulationTest {

    private static Experiment experiment(String id, double lr, int epochs, int batch) {
        return new Experiment(id, "x", null, null, ExperimentStatus.RUNNING, "b", "t", "e",
                new ExperimentConfig(lr, epochs, batch), Instant.EPOCH, Instant.EPOCH, List.of(), null, List.of(),
                0.0, null);
    }

    private static CurveSimulation simulate(Experiment e, long rows) {
        return CurveSimulation.simulate(e, RunPlan.of(e, rows), 135_000_000L);
    }

    /** Mean jump between neighbouring train-loss points: how jagged the curve is. */
    private static double roughness(List<LossPoint> curve) {
        double sum = 0;
        for (int i = 1; i < curve.size(); i++) {
            sum += Math.abs(curve.get(i).trainLoss() - curve.get(i - 1).trainLoss());
        }
        return sum / (curve.size() - 1);
    }

    @Test
    void moreEpochsMeanMoreSteps() {
        assertEquals(3 * 25, RunPlan.of(experiment("a", 1e-4, 3, 4), 100L).totalSteps());
        assertEquals(6 * 25, RunPlan.of(experiment("a", 1e-4, 6, 4), 100L).totalSteps());
        assertEquals(6 * 25, simulate(experiment("a", 1e-4, 6, 4), 100).curve().size());
    }

    @Test
    void longRunsAreSampledToAtMostTwoThousandPointsWithRealSteps() {
        CurveSimulation sim = simulate(experiment("long", 1e-4, 100, 1), 10_000);
        assertEquals(CurveSimulation.MAX_POINTS, sim.curve().size());
        assertEquals(1_000_000L, sim.curve().get(sim.curve().size() - 1).step());
        assertEquals(100.0, sim.curve().get(sim.curve().size() - 1).epoch());
    }

    @Test
    void aHigherLearningRateGivesANoisierCurve() {
        double calm = roughness(simulate(experiment("same-id", 1e-5, 10, 4), 400).curve());
        double noisy = roughness(simulate(experiment("same-id", 8e-3, 10, 4), 400).curve());
        assertTrue(noisy > 2 * calm, "calm " + calm + ", noisy " + noisy);
    }

    @Test
    void perplexityIsExpOfTheFinalEvalLossAndRunsRepeat() {
        CurveSimulation a = simulate(experiment("repeat", 3e-4, 2, 8), 300);
        CurveSimulation b = simulate(experiment("repeat", 3e-4, 2, 8), 300);
        LossPoint last = a.curve().get(a.curve().size() - 1);
        assertEquals(Math.exp(last.evalLoss()), a.metrics().perplexity());
        assertEquals(a, b);
        assertTrue(last.trainLoss() < a.curve().get(0).trainLoss());
    }
}
