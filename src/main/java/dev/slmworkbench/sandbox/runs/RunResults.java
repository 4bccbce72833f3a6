package dev.slmworkbench.sandbox.runs;

import dev.slmworkbench.sandbox.model.Evaluation;
import dev.slmworkbench.sandbox.model.Experiment;
import dev.slmworkbench.sandbox.model.ExperimentStatus;
import dev.slmworkbench.sandbox.model.Model;
import dev.slmworkbench.sandbox.model.ModelType;
import dev.slmworkbench.sandbox.store.CompletedRun;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds what a completed run leaves behind: the fine-tuned model and its evaluation. */
public final class RunResults {

    private RunResults() {
    }

    /** The fine-tuned model takes the experiment's name; versions count up per name. */
    public static CompletedRun complete(Experiment running, String version, Model base, RunPlan plan,
            String modelId, String evaluationId, Instant at) {
        CurveSimulation sim = CurveSimulation.simulate(running, plan, base.parameterCount());
        Map<String, Object> metadata = new LinkedHashMap<>();
        copy(base.metadata(), metadata, "contextLength");
        copy(base.metadata(), metadata, "license");
        metadata.put("baseModel", base.name());
        metadata.put("learningRate", running.config().learningRate());
        metadata.put("epochs", running.config().epochs());
        metadata.put("batchSize", running.config().batchSize());
        metadata.put("simulated", true);
        Model model = new Model(modelId, running.name(), ModelType.FINE_TUNED, version, base.architecture(),
                base.parameterCount(), at, true,
                "Fine-tuned from " + base.name() + " by the experiment '" + running.name() + "' (simulated).",
                metadata, base.id(), running.id(), null);
        Evaluation evaluation = new Evaluation(evaluationId, running.id(), modelId, running.evaluationDatasetId(), at,
                sim.metrics(), sim.curve(), sim.trainingStats());
        String message = String.format(Locale.ROOT, "Training finished after %d steps; eval loss %.4f, accuracy %.1f%%",
                plan.totalSteps(), sim.curve().get(sim.curve().size() - 1).evalLoss(),
                sim.metrics().accuracy() * 100);
        Experiment done = running.withProgress(1.0, at)
                .transition(ExperimentStatus.COMPLETED, at, message)
                .withResult(modelId, List.of(evaluationId));
        return new CompletedRun(done, model, evaluation);
    }

    private static void copy(Map<String, Object> from, Map<String, Object> to, String key) {
        if (from != null && from.get(key) != null) {
            to.put(key, from.get(key));
        }
    }
}
