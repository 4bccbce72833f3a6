package dev.slmworkbench.api.models;

import dev.slmworkbench.api.evaluations.EvaluationSummary;
import dev.slmworkbench.training.Experiment;
import dev.slmworkbench.training.Model;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A model and what it is linked to, for its drawer: the base model it was tuned from, the
 * experiment that produced it and its evaluations. A link that could not be had is null or empty.
 */
@RegisterForReflection
public record ModelDetail(
        @Schema(required = true) Model model,
        @Schema(required = true, nullable = true) Model baseModel,
        @Schema(required = true, nullable = true) Experiment experiment,
        @Schema(required = true) List<EvaluationSummary> evaluations) {
}
