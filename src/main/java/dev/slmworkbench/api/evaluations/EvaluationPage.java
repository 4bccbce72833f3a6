package dev.slmworkbench.api.evaluations;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code Page<EvaluationRow>} for the OpenAPI document only: the list answers a {@code Response}
 * (for its ETag), and a schema cannot name a generic type.
 */
@Schema(name = "PageEvaluationRow")
public record EvaluationPage(@Schema(required = true) List<EvaluationRow> items, @Schema(required = true) long total) {
}
