package dev.slmworkbench.api.evaluations;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One choice of a filter: an id and its name (null when unknown). */
@RegisterForReflection
public record FacetOption(@Schema(required = true) String id, @Schema(required = true, nullable = true) String name) {
}
