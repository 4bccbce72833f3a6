package dev.slmworkbench.api.experiments;

import dev.slmworkbench.training.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code Page<ExperimentView>} for the OpenAPI document only: the list answers a {@code Response}
 * (for its ETag), and a schema cannot name a generic type (a test keeps its fields those of {@link Page}).
 */
@Schema(name = "PageExperimentView")
public record ExperimentPage(@Schema(required = true) List<ExperimentView> items, @Schema(required = true) long total) {
}
