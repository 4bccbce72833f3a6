package dev.slmworkbench.api;

/** Everything the Home page shows; each part fails on its own. */
public record Dashboard(
        CountCard datasets,
        CountCard models,
        CountCard experiments,
        RecentExperimentsCard recentExperiments) {
}
