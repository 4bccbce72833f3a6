package dev.slmworkbench.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The first records of a dataset as a table of text: CSV header names or the JSON records' keys
 * as columns, one row per record, and whether the file has more than these.
 */
@RegisterForReflection
public record DatasetPreview(
        @Schema(required = true) List<String> columns,
        @Schema(required = true) List<List<String>> rows,
        @Schema(required = true) boolean truncated) {
}
