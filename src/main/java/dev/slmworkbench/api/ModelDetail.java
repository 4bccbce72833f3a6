package dev.slmworkbench.api;

import dev.slmworkbench.training.Experiment;
import dev.slmworkbench.training.Model;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * A model and what it is linked to, for its drawer: the base model it was tuned from, the
 * experiment that produced it and its evaluations. A link that could not be had is null or empty.
 */
@RegisterForReflection
public record ModelDetail(Model model, Model baseModel, Experiment experiment, List<EvaluationSummary> evaluations) {
}
