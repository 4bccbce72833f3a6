package dev.slmworkbench.sandbox.runs;

import dev.slmworkbench.sandbox.model.Experiment;
import dev.slmworkbench.sandbox.model.ExperimentConfig;
import dev.slmworkbench.sandbox.model.LossPoint;
import dev.slmworkbench.sandbox.model.Metrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A believable loss curve and the numbers derived from it. Loss falls exponentially towards a
 * floor that is lowest near a learning rate of 2e-4; noise grows with the learning rate; eval
 * loss drifts above train loss as epochs pile up (overfitting).
 */
public record CurveSimulation(List<LossPoint> curve, Metrics metrics, Map<String, Object> trainingStats) {

    /** Most points a curve carries; longer runs are sampled evenly, keeping real step numbers. */
    public static final int MAX_POINTS = 2000;
    private static final int EVAL_POINTS = 20;
    private static final double BEST_LEARNING_RATE = 2e-4;

    public static CurveSimulation simulate(Experiment experiment, RunPlan plan, long parameterCount) {
        ExperimentConfig config = experiment.config();
        Random random = RunPlan.random(experiment);
        double lr = config.learningRate();
        double distance = Math.log10(lr) - Math.log10(BEST_LEARNING_RATE);
        double quality = Math.exp(-distance * distance / 2);
        double start = 2.6 + 0.6 * random.nextDouble();
        double floor = Math.max(0.15, 0.45 + 0.9 * (1 - quality) + 0.1 * random.nextDouble()
                - 0.08 * Math.log(config.epochs()));
        double decay = 3.5 + 2.5 * quality;
        double noise = 0.01 + 1.5 * Math.sqrt(lr);

        int points = (int) Math.min(plan.totalSteps(), MAX_POINTS);
        int evalEvery = Math.max(3, points / EVAL_POINTS);
        List<LossPoint> curve = new ArrayList<>(points);
        for (int i = 1; i <= points; i++) {
            long step = Math.round((double) i * plan.totalSteps() / points);
            double x = (double) step / plan.totalSteps();
            double epoch = (double) step / plan.stepsPerEpoch();
            double smooth = floor + (start - floor) * Math.exp(-decay * x);
            double train = Math.max(0.01, smooth + random.nextGaussian() * noise * smooth / start);
            Double eval = null;
            if (i % evalEvery == 0 || i == points) {
                double overfit = 0.04 * Math.max(0, epoch - 2);
                eval = round(Math.max(0.01, smooth + 0.05 + Math.min(1.0, overfit)
                        + random.nextGaussian() * noise * 0.3 * smooth / start));
            }
            curve.add(new LossPoint(step, round3(epoch), round(train), eval));
        }

        LossPoint last = curve.get(curve.size() - 1);
        double finalEval = last.evalLoss();
        double accuracy = clamp(round(1.02 - 0.3 * finalEval + 0.02 * random.nextGaussian()));
        double f1 = clamp(round(accuracy - 0.01 - 0.03 * random.nextDouble()));
        Metrics metrics = new Metrics(accuracy, f1, Math.exp(finalEval));

        double samplesPerSecond = Math.round(2.0e10 / Math.max(1, parameterCount) * 10) / 10.0;
        double samples = (double) plan.totalSteps() * config.batchSize();
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("totalSteps", plan.totalSteps());
        stats.put("epochs", config.epochs());
        stats.put("batchSize", config.batchSize());
        stats.put("learningRate", lr);
        stats.put("trainSamples", plan.rows());
        stats.put("samplesPerSecond", samplesPerSecond);
        stats.put("trainRuntimeSeconds", Math.round(samples / Math.max(0.1, samplesPerSecond) * 10) / 10.0);
        stats.put("finalTrainLoss", last.trainLoss());
        stats.put("finalEvalLoss", finalEval);
        // The metrics are derived from the last evaluation: say at which step that was.
        stats.put("evaluatedAtStep", last.step());
        stats.put("gpu", "simulated");
        return new CurveSimulation(List.copyOf(curve), metrics, stats);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static double round3(double v) {
        return Math.round(v * 1_000) / 1_000.0;
    }

    private static double clamp(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }
}
