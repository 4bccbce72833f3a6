package dev.slmworkbench.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a list call asks for: paging, sorting, a name search and equality filters. Checked against
 * the contract's limits when built, so a bad value never reaches the upstream.
 */
public record ListQuery(int offset, int limit, String sort, String q, Map<String, String> filters) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    public static final String DEFAULT_SORT = "-createdAt";
    private static final Pattern SORT = Pattern.compile("-?[A-Za-z][A-Za-z0-9]{0,63}");

    public ListQuery {
        List<FieldError> errors = new ArrayList<>();
        if (offset < 0) {
            errors.add(new FieldError("offset", "Offset must be 0 or more."));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.add(new FieldError("limit", "Limit must be between 1 and " + MAX_LIMIT + "."));
        }
        sort = sort == null || sort.isBlank() ? DEFAULT_SORT : sort.trim();
        if (!SORT.matcher(sort).matches()) {
            errors.add(new FieldError("sort", "Sort by a field name, with '-' in front for descending order."));
        }
        q = q == null || q.isBlank() ? null : q.trim();
        Map<String, String> kept = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    kept.put(k, v.trim());
                }
            });
        }
        filters = Map.copyOf(kept);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some list parameters are not valid.", errors);
        }
    }

    public static ListQuery first(int limit) {
        return new ListQuery(0, limit, DEFAULT_SORT, null, Map.of());
    }

    public ListQuery withFilter(String field, String value) {
        Map<String, String> more = new LinkedHashMap<>(filters);
        more.put(field, value);
        return new ListQuery(offset, limit, sort, q, more);
    }

    public String sortField() {
        return sort.startsWith("-") ? sort.substring(1) : sort;
    }

    public boolean descending() {
        return sort.startsWith("-");
    }

    public String filter(String field) {
        return filters.get(field);
    }
}
