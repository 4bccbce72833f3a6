package dev.slmworkbench.api;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One choice of a filter: an id and its name (null when unknown). */
@RegisterForReflection
public record FacetOption(String id, String name) {
}
