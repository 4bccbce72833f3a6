package dev.slmworkbench.training;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A training or evaluation dataset held by the Training API. {@code type} and {@code format} stay strings so unknown values pass through. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dataset(
        String id,
        String name,
        String description,
        String type,
        String format,
        String fileName,
        Long sizeBytes,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(required = true, nullable = true) Long rowCount,
        Instant createdAt,
        DatasetSchema schema) {
}
