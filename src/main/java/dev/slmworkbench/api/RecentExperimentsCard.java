package dev.slmworkbench.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import dev.slmworkbench.training.Experiment;
import dev.slmworkbench.training.Problem;
import java.util.List;

/** The newest experiments for the Home page, or the reason they could not be had. */
@RegisterForReflection
public record RecentExperimentsCard(List<Experiment> items, Problem error) {

    static RecentExperimentsCard of(List<Experiment> items) {
        return new RecentExperimentsCard(items, null);
    }

    static RecentExperimentsCard failed(Problem error) {
        return new RecentExperimentsCard(List.of(), error);
    }
}
