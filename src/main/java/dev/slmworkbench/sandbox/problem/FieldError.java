package dev.slmworkbench.sandbox.problem;

import java.util.Map;

/** Which request field is wrong and why, in a sentence. */
public record FieldError(String field, String message) {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "Name"),
            Map.entry("description", "Description"),
            Map.entry("goal", "Goal"),
            Map.entry("type", "Type"),
            Map.entry("status", "Status"),
            Map.entry("file", "File"),
            Map.entry("baseModelId", "Base model"),
            Map.entry("trainingDatasetId", "Training dataset"),
            Map.entry("evaluationDatasetId", "Evaluation dataset"),
            Map.entry("config", "Training configuration"),
            Map.entry("config.learningRate", "Learning rate"),
            Map.entry("config.epochs", "Epochs"),
            Map.entry("config.batchSize", "Batch size"),
            Map.entry("offset", "Offset"),
            Map.entry("limit", "Limit"),
            Map.entry("sort", "Sort"),
            Map.entry("body", "The request body"));

    /** The field's label, then what is wrong with it: "Epochs must be a whole number from 1 to 1000." */
    public static FieldError of(String field, String predicate) {
        return new FieldError(field, LABELS.getOrDefault(field, field) + " " + predicate + ".");
    }
}
