package dev.slmworkbench.api.datasets;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The first records of a dataset as a table of text: CSV header names or the JSON records' keys
 * as columns, one row per record, and whether the file has more than these. A wide file shows its
 * first columns only and says how many it has; long cells end with an ellipsis.
 */
@RegisterForReflection
public record DatasetPreview(
        @Schema(required = true) List<String> columns,
        @Schema(required = true) List<List<String>> rows,
        @Schema(required = true, description = "True when the dataset has more records than these rows.") boolean truncated,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "How many columns the records have, when more than those shown; absent when all are shown.")
        Integer totalColumns) {
}
