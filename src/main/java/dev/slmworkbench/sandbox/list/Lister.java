package dev.slmworkbench.sandbox.list;

import dev.slmworkbench.sandbox.model.Page;
import dev.slmworkbench.sandbox.problem.FieldError;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** Searches, sorts and pages one kind of item by the contract's rules. */
public final class Lister<T> {

    private final Map<String, Function<T, Comparable<Object>>> sortFields = new LinkedHashMap<>();
    private final Function<T, String> id;
    private final Function<T, String> name;

    /** name may be null for items that have none; q is then ignored. */
    public Lister(Function<T, String> id, Function<T, String> name) {
        this.id = id;
        this.name = name;
    }

    @SuppressWarnings("unchecked")
    public Lister<T> sortable(String field, Function<T, ? extends Comparable<?>> value) {
        sortFields.put(field, t -> (Comparable<Object>) value.apply(t));
        return this;
    }

    /** Adds an error when the sort field is unknown. */
    public void check(ListQuery query, List<FieldError> errors) {
        if (!sortFields.containsKey(query.sortField())) {
            errors.add(FieldError.of("sort", "must be one of " + String.join(", ", sortFields.keySet())
                    + ", optionally prefixed with '-'"));
        }
    }

    public Page<T> page(Stream<T> items, ListQuery query) {
        Stream<T> matching = items;
        if (query.q() != null && name != null) {
            String needle = query.q().toLowerCase(Locale.ROOT);
            matching = matching.filter(t -> {
                String n = name.apply(t);
                return n != null && n.toLowerCase(Locale.ROOT).contains(needle);
            });
        }
        List<T> sorted = matching.sorted(order(query)).toList();
        int from = Math.min(query.offset(), sorted.size());
        int to = (int) Math.min((long) from + query.limit(), sorted.size());
        return new Page<>(sorted.subList(from, to), sorted.size());
    }

    /** The requested order; items without a value go last either way, ties break by id. */
    private Comparator<T> order(ListQuery query) {
        Function<T, Comparable<Object>> value = sortFields.get(query.sortField());
        int direction = query.descending() ? -1 : 1;
        Comparator<T> byValue = (a, b) -> {
            Comparable<Object> x = value.apply(a);
            Comparable<Object> y = value.apply(b);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            return direction * x.compareTo(y);
        };
        Comparator<T> byId = Comparator.comparing(id);
        return byValue.thenComparing(query.descending() ? byId.reversed() : byId);
    }
}
