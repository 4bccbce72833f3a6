package dev.slmworkbench.api.datasets.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which columns of a dataset fill which roles of its {@link DatasetKind}: e.g. prompt is
 * {@code question} and completion is {@code answer}. Detected from the column names, or chosen by
 * the user in the upload form.
 */
public record FieldMapping(DatasetKind kind, Map<String, String> fields) {

    /** The usual names of each layout's columns, most specific layouts first. */
    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate(DatasetKind.CHAT, Map.of("messages", List.of("messages", "conversations"))),
            new Candidate(DatasetKind.PREFERENCE, Map.of("prompt", List.of("prompt", "question", "instruction", "input"),
                    "chosen", List.of("chosen"), "rejected", List.of("rejected"))),
            new Candidate(DatasetKind.INSTRUCTION, Map.of("instruction", List.of("instruction"),
                    "input", List.of("input", "context"), "output", List.of("output"))),
            new Candidate(DatasetKind.PROMPT_COMPLETION, Map.of(
                    "prompt", List.of("prompt", "input", "question", "instruction", "query", "source"),
                    "completion", List.of("completion", "output", "answer", "response", "expected", "target",
                            "label", "reference", "chosen"))),
            new Candidate(DatasetKind.TEXT, Map.of("text", List.of("text", "content", "document"))));

    public FieldMapping {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /**
     * The mapping the column names suggest, if any: the most specific layout whose every required
     * role has a column (a name match ignores case; the first usual name found wins).
     */
    public static Optional<FieldMapping> detect(List<String> columns) {
        Map<String, String> byLowerName = new LinkedHashMap<>();
        for (String column : columns) {
            byLowerName.putIfAbsent(column.strip().toLowerCase(Locale.ROOT), column);
        }
        for (Candidate candidate : CANDIDATES) {
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> used = new ArrayList<>();
            boolean complete = true;
            for (String role : candidate.kind.roles()) {
                String found = null;
                for (String name : candidate.names.get(role)) {
                    String column = byLowerName.get(name);
                    if (column != null && !used.contains(column)) {
                        found = column;
                        break;
                    }
                }
                if (found != null) {
                    fields.put(role, found);
                    used.add(found);
                } else if (!candidate.kind.optional(role)) {
                    complete = false;
                    break;
                }
            }
            if (complete) {
                return Optional.of(new FieldMapping(candidate.kind, fields));
            }
        }
        if (columns.size() == 1) {
            return Optional.of(new FieldMapping(DatasetKind.TEXT, Map.of("text", columns.get(0))));
        }
        return Optional.empty();
    }

    /** What is wrong with this mapping for a file with these columns, as a sentence; null when nothing. */
    public String problemWith(List<String> columns) {
        for (String role : kind.roles()) {
            String column = fields.get(role);
            if (column == null) {
                if (!kind.optional(role)) {
                    return "Choose the column that holds the " + label(role) + ".";
                }
            } else if (!columns.contains(column)) {
                return "The file has no column \"" + column + "\" (for the " + label(role) + "); its columns are "
                        + String.join(", ", columns) + ".";
            }
        }
        for (String role : fields.keySet()) {
            if (!kind.roles().contains(role)) {
                return "A " + kind.wire() + " dataset has no role \"" + role + "\"; its roles are "
                        + String.join(", ", kind.roles()) + ".";
            }
        }
        return null;
    }

    /** The role as a person reads it. */
    public static String label(String role) {
        return switch (role) {
            case "completion" -> "target (completion)";
            case "messages" -> "conversation (messages)";
            default -> role;
        };
    }

    private record Candidate(DatasetKind kind, Map<String, List<String>> names) {
    }
}
