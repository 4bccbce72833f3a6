package dev.slmworkbench.api.config;

import dev.slmworkbench.web.WebConfig;
import dev.slmworkbench.training.TrainingBackend;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.smallrye.common.annotation.NonBlocking;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The runtime settings the SPA reads at start, rendered here so one build serves every environment. */
@Path("/api/config")
public class RuntimeConfigResource {

    private final Template template;
    private final WebConfig web;
    private final TrainingBackend training;
    private final String version;

    RuntimeConfigResource(@Location("runtime-config.json") Template template, WebConfig web,
            TrainingBackend training, @ConfigProperty(name = "quarkus.application.version") String version) {
        this.template = template;
        this.web = web;
        this.training = training;
        this.version = version;
    }

    /** Rendering a tiny template never blocks, so it answers on the event loop even when workers are busy. */
    @GET
    @APIResponse(responseCode = "200", description = "The settings.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuntimeConfig.class)))
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    public TemplateInstance config() {
        return template
                .data("pollIntervalMs", web.pollInterval().toMillis())
                .data("sandbox", training.sandbox())
                .data("version", version);
    }
}
