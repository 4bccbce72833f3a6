package dev.slmworkbench.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The choices of the evaluation filters, each among evaluations matching the other two filters;
 * {@code complete} is false when the scan of evaluations stopped at its limit.
 */
@RegisterForReflection
public record EvaluationFacets(List<FacetOption> experiments, List<FacetOption> models, List<FacetOption> datasets,
        boolean complete) {
}
