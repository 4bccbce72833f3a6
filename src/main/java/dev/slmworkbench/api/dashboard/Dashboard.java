package dev.slmworkbench.api.dashboard;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the Home page shows; each part fails on its own. */
@RegisterForReflection
public record Dashboard(
        @Schema(required = true) CountCard datasets,
        @Schema(required = true) CountCard models,
        @Schema(required = true) CountCard experiments,
        @Schema(required = true) CountCard runningExperiments,
        @Schema(required = true) RecentExperimentsCard recentExperiments) {
}
