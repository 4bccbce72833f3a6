package dev.slmworkbench.training;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request and a sentence a person can act on. */
@RegisterForReflection
public record FieldError(@Schema(required = true) String field, @Schema(required = true) String message) {
}
