package dev.slmworkbench.api.dashboard;

import io.quarkus.runtime.annotations.RegisterForReflection;
import dev.slmworkbench.training.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One count on the Home page: the number, or the reason it could not be had. */
@RegisterForReflection
public record CountCard(
        @Schema(required = true, nullable = true) Long total,
        @Schema(required = true, nullable = true) Problem error) {

    static CountCard of(long total) {
        return new CountCard(total, null);
    }

    static CountCard failed(Problem error) {
        return new CountCard(null, error);
    }
}
