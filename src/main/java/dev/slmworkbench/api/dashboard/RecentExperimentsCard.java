package dev.slmworkbench.api.dashboard;

import io.quarkus.runtime.annotations.RegisterForReflection;
import dev.slmworkbench.training.Experiment;
import dev.slmworkbench.training.Problem;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The newest experiments for the Home page, or the reason they could not be had. */
@RegisterForReflection
public record RecentExperimentsCard(
        @Schema(required = true) List<Experiment> items,
        @Schema(required = true, nullable = true) Problem error) {

    static RecentExperimentsCard of(List<Experiment> items) {
        return new RecentExperimentsCard(items, null);
    }

    static RecentExperimentsCard failed(Problem error) {
        return new RecentExperimentsCard(List.of(), error);
    }
}
