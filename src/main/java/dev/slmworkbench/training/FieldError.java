package dev.slmworkbench.training;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One invalid field of a request and a sentence a person can act on. */
@RegisterForReflection
public record FieldError(String field, String message) {
}
