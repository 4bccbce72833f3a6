package dev.slmworkbench.api.evaluations;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/**
 * The choices of the evaluation filters, each among evaluations matching the other two filters;
 * {@code complete} is false when the scan of evaluations stopped at its limit.
 */
@RegisterForReflection
public record EvaluationFacets(
        @Schema(required = true) List<FacetOption> experiments,
        @Schema(required = true) List<FacetOption> models,
        @Schema(required = true) List<FacetOption> datasets,
        @Schema(required = true) boolean complete) {
}
