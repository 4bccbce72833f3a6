package dev.slmworkbench.sandbox.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** A stored dataset file and what the sandbox learnt about it while storing it. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dataset(
        String id,
        String name,
        String description,
        DatasetType type,
        DatasetFormat format,
        String fileName,
        long sizeBytes,
        @JsonInclude(JsonInclude.Include.ALWAYS) Long rowCount,
        Instant createdAt,
        DatasetSchema schema) {
}
