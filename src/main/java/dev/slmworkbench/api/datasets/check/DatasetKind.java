package dev.slmworkbench.api.datasets.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The layouts of a fine-tuning dataset this app recognises, each with the roles its records fill
 * (a role is a column of a CSV, a key of a JSON record). The first role of {@link #targets} is what
 * the model learns to produce: it must not be empty.
 */
public enum DatasetKind {

    /** {@code messages}: a list of turns, each with {@code role} and {@code content}. */
    CHAT("chat", List.of("messages"), List.of(), List.of("messages")),
    /** A prompt and its target (completion). */
    PROMPT_COMPLETION("prompt_completion", List.of("prompt", "completion"), List.of(), List.of("completion")),
    /** An instruction, an optional input, and the output (the Alpaca layout). */
    INSTRUCTION("instruction", List.of("instruction", "input", "output"), List.of("input"), List.of("output")),
    /** A prompt with a preferred and a rejected answer (for preference tuning). */
    PREFERENCE("preference", List.of("prompt", "chosen", "rejected"), List.of(), List.of("chosen", "rejected")),
    /** One text column, trained on as it is. */
    TEXT("text", List.of("text"), List.of(), List.of("text"));

    private final String wire;
    private final List<String> roles;
    private final List<String> optional;
    private final List<String> targets;

    DatasetKind(String wire, List<String> roles, List<String> optional, List<String> targets) {
        this.wire = wire;
        this.roles = roles;
        this.optional = optional;
        this.targets = targets;
    }

    /** The name on the wire and in the form: {@code chat}, {@code prompt_completion}, … */
    public String wire() {
        return wire;
    }

    public List<String> roles() {
        return roles;
    }

    /** Whether a record may leave this role out (or empty). */
    public boolean optional(String role) {
        return optional.contains(role);
    }

    /** Whether the role holds what the model learns to produce (it must not be empty). */
    public boolean target(String role) {
        return targets.contains(role);
    }

    public static Optional<DatasetKind> of(String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        String wanted = wire.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (DatasetKind kind : values()) {
            if (kind.wire.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The wire names, for a sentence that lists them. */
    public static String names() {
        StringBuilder names = new StringBuilder();
        for (DatasetKind kind : values()) {
            names.append(names.isEmpty() ? "" : ", ").append(kind.wire);
        }
        return names.toString();
    }
}
