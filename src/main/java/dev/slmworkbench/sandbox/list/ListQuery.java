package dev.slmworkbench.sandbox.list;

import dev.slmworkbench.sandbox.problem.FieldError;
import dev.slmworkbench.sandbox.problem.SandboxProblem;
import java.util.ArrayList;
import java.util.List;

/** The contract's list parameters, validated; raw strings come in so bad numbers become a 400, not a 404. */
public record ListQuery(int offset, int limit, String sortField, boolean descending, String q) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    public static final String DEFAULT_SORT = "-createdAt";

    public static ListQuery parse(String offset, String limit, String sort, String q, List<FieldError> errors) {
        int off = parseInt("offset", offset, 0, 0, Integer.MAX_VALUE, errors);
        int lim = parseInt("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT, errors);
        String s = sort == null || sort.isBlank() ? DEFAULT_SORT : sort.trim();
        boolean desc = s.startsWith("-");
        String field = desc ? s.substring(1) : s;
        String query = q == null || q.isBlank() ? null : q.trim();
        return new ListQuery(off, lim, field, desc, query);
    }

    /** Throws the collected errors as one 400 problem. */
    public static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw SandboxProblem.invalid("Invalid list parameters", new ArrayList<>(errors));
        }
    }

    private static int parseInt(String name, String raw, int fallback, int min, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                errors.add(FieldError.of(name, max == Integer.MAX_VALUE
                        ? "must be " + min + " or more"
                        : "must be between " + min + " and " + max));
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(name, "must be a whole number"));
            return fallback;
        }
    }
}
