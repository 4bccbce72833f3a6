package dev.slmworkbench.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Everything the Home page shows; each part fails on its own. */
@RegisterForReflection
public record Dashboard(
        CountCard datasets,
        CountCard models,
        CountCard experiments,
        CountCard runningExperiments,
        RecentExperimentsCard recentExperiments) {
}
