package dev.slmworkbench.sandbox.store;

import dev.slmworkbench.sandbox.model.Evaluation;
import dev.slmworkbench.sandbox.model.Experiment;
import dev.slmworkbench.sandbox.model.Model;

/** What a finished run adds to the store in one step. */
public record CompletedRun(Experiment experiment, Model model, Evaluation evaluation) {
}
