package dev.slmworkbench.api.shared;

import dev.slmworkbench.training.FieldError;
import dev.slmworkbench.training.InvalidRequestException;
import dev.slmworkbench.training.ListQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The list parameters every collection of the BFF takes ({@code ?q&sort&offset&limit}, plus the
 * filters {@code type} or {@code status} where the collection has them).
 * Read as text and checked here, so a bad value is a 400 naming the field, never a 404.
 */
public class ListParams {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;
    static final int MAX_SEARCH = 200;
    private static final Pattern FILTER = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** Case-insensitive part of the name. */
    @RestQuery
    String q;

    /** A field to sort on, with {@code -} in front for descending order; newest first by default. */
    @RestQuery
    String sort;

    /** How many items to skip (0 by default). */
    @RestQuery
    String offset;

    /** How many items to answer: 1 to 100, 25 by default. */
    @RestQuery
    String limit;

    /** Only items of this type (datasets: training or evaluation; models: base or fine_tuned). */
    @RestQuery
    String type;

    /** Only items with this status (experiments: queued, running, completed, failed or cancelled). */
    @RestQuery
    String status;

    /** The query for the Training API with the {@code type} filter, or a 400 with every field at fault. */
    public ListQuery toQuery() {
        return toQuery("type");
    }

    /** The query with the filters this collection takes ({@code type}, {@code status}); others are ignored. */
    public ListQuery toQuery(String... filterNames) {
        List<FieldError> errors = new ArrayList<>();
        int from = number("offset", offset, 0, 0, Integer.MAX_VALUE, errors);
        int size = number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT, errors);
        if (q != null && q.strip().length() > MAX_SEARCH) {
            errors.add(new FieldError("q", "Search for at most " + MAX_SEARCH + " characters."));
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : filterNames) {
            String raw = "status".equals(name) ? status : "type".equals(name) ? type : null;
            String filter = raw == null || raw.isBlank() ? null : raw.strip();
            if (filter != null && !FILTER.matcher(filter).matches()) {
                errors.add(new FieldError(name, "status".equals(name)
                        ? "Filter by a status such as running or completed."
                        : "Filter by a type name such as training or evaluation."));
            } else if (filter != null) {
                filters.put(name, filter);
            }
        }
        ListQuery query = null;
        try {
            query = new ListQuery(from, size, sort, q, filters);
        } catch (InvalidRequestException invalid) {
            errors.addAll(invalid.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some list parameters are not valid.", errors);
        }
        return query;
    }

    private static int number(String field, String text, int fallback, int min, int max, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the allowed range
        }
        errors.add(new FieldError(field, max == Integer.MAX_VALUE
                ? capitalized(field) + " must be a whole number, " + min + " or more."
                : capitalized(field) + " must be a whole number from " + min + " to " + max + "."));
        return fallback;
    }

    private static String capitalized(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
