package dev.slmworkbench.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The first records of a dataset as a table of text: CSV header names or the JSON records' keys
 * as columns, one row per record, and whether the file has more than these.
 */
@RegisterForReflection
public record DatasetPreview(List<String> columns, List<List<String>> rows, boolean truncated) {
}
