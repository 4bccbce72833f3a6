package dev.slmworkbench.sandbox.runs;

import dev.slmworkbench.sandbox.model.Experiment;
import dev.slmworkbench.sandbox.model.ExperimentConfig;
import java.util.Random;

/**
 * The shape of one simulated run, fixed by the experiment's id and config so that a run is
 * the same every time it is simulated (also after a restart).
 *
 * @param failAt progress at which a diverging run fails; ignored when it does not diverge
 */
public record RunPlan(long rows, long stepsPerEpoch, long totalSteps, boolean diverges, double failAt, long failStep) {

    /** Above this learning rate a simulated run diverges, as real fine-tuning of small LMs tends to. */
    public static final double DIVERGENCE_LEARNING_RATE = 0.01;

    /** Rows assumed when a dataset's row count is unknown. */
    static final long UNKNOWN_ROWS = 1000;

    public static RunPlan of(Experiment experiment, Long trainingRows) {
        ExperimentConfig config = experiment.config();
        long rows = trainingRows == null || trainingRows <= 0 ? UNKNOWN_ROWS : trainingRows;
        long perEpoch = Math.max(1, (rows + config.batchSize() - 1) / config.batchSize());
        long total = perEpoch * config.epochs();
        boolean diverges = config.learningRate() > DIVERGENCE_LEARNING_RATE;
        double failAt = 0.15 + 0.35 * random(experiment).nextDouble();
        long failStep = Math.max(1, Math.round(failAt * total));
        return new RunPlan(rows, perEpoch, total, diverges, failAt, failStep);
    }

    /** Seeded from the experiment id: a run's randomness is repeatable. */
    static Random random(Experiment experiment) {
        return new Random(experiment.id().hashCode() * 31L + 7);
    }

    public String divergenceReason() {
        return "Training diverged: loss became NaN at step " + failStep + "; lower the learning rate";
    }
}
