package dev.slmworkbench.api.datasets.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The upload form's {@code mapping} field: the layout and which column fills each role, as JSON,
 * e.g. {@code {"kind": "prompt_completion", "fields": {"prompt": "question", "completion": "answer"}}}.
 * Absent, the mapping is detected from the column names.
 */
public final class UploadMapping {

    private static final int MAX_COLUMN_NAME = 500;

    private UploadMapping() {
    }

    /** The mapping the field asks for; empty when the field is absent or blank. */
    public static Optional<FieldMapping> parse(String field, ObjectMapper json) throws InvalidMapping {
        if (field == null || field.isBlank()) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = json.readTree(field);
        } catch (Exception e) {
            throw new InvalidMapping("The column mapping could not be read. Choose the columns again in the form.");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidMapping("The column mapping could not be read. Choose the columns again in the form.");
        }
        Optional<DatasetKind> kind = DatasetKind.of(node.path("kind").asText(null));
        if (kind.isEmpty()) {
            throw new InvalidMapping("Choose what the records hold: one of " + DatasetKind.names() + ".");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode given = node.path("fields");
        if (!given.isObject()) {
            throw new InvalidMapping("Choose which column fills each role of a " + kind.get().wire() + " dataset.");
        }
        for (Map.Entry<String, JsonNode> entry : given.properties()) {
            if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()
                    || entry.getValue().asText().length() > MAX_COLUMN_NAME) {
                throw new InvalidMapping("Choose a column for the " + FieldMapping.label(entry.getKey()) + ".");
            }
            fields.put(entry.getKey(), entry.getValue().asText().strip());
        }
        return Optional.of(new FieldMapping(kind.get(), fields));
    }

    /** Why no mapping could be proposed for these columns, as a sentence. */
    public static String undetected(List<String> columns) {
        if (columns.isEmpty()) {
            return "The columns of the first record could not be read, so it is not known which the run trains on. "
                    + "Choose the columns in the form.";
        }
        return "None of the columns (" + String.join(", ", columns) + ") has a usual name for what a run trains on "
                + "(prompt and completion, question and answer, instruction and output, messages, text, …). "
                + "Choose which column is the prompt and which the target in the form.";
    }

    /** A mapping field that cannot be used; its message is the sentence for the form. */
    public static final class InvalidMapping extends Exception {

        public InvalidMapping(String message) {
            super(message, null, false, false);
        }
    }
}
