package dev.slmworkbench.api.config;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of {@code GET /api/config} for the OpenAPI document only: the answer itself is rendered
 * from {@code templates/runtime-config.json} (a test checks the two name the same fields).
 */
@Schema(name = "RuntimeConfig", description = "Runtime settings the SPA reads at start.")
public record RuntimeConfig(
        @Schema(required = true, description = "How often list pages poll, in milliseconds.") long pollIntervalMs,
        @Schema(required = true, description = "True when runs are simulated by the embedded sandbox.") boolean sandbox,
        @Schema(required = true, description = "The server's version.") String version) {
}
