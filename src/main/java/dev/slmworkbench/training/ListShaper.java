package dev.slmworkbench.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes one {@link Page} out of either list shape the contract allows. A minimal Training API
 * answers a bare array of every item; then search, filters, sort and paging happen here.
 */
public final class ListShaper {

    private ListShaper() {
    }

    public static Page<JsonNode> shape(JsonNode body, ListQuery query) {
        if (body != null && body.isObject() && body.path("items").isArray()) {
            // A page longer than asked for is cut to the limit: the browser gets what it asked, never 100,000 rows.
            List<JsonNode> items = new ArrayList<>();
            for (JsonNode item : body.path("items")) {
                if (items.size() == query.limit()) {
                    break;
                }
                items.add(item);
            }
            JsonNode total = body.path("total");
            int sent = body.path("items").size();
            return new Page<>(items, total.canConvertToLong() ? Math.max(0, total.asLong()) : sent);
        }
        if (body == null || !body.isArray()) {
            throw UpstreamErrors.malformed();
        }
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode item : body) {
            if (item.isObject() && matches(item, query)) {
                kept.add(item);
            }
        }
        kept.sort(order(query));
        int from = (int) Math.min(query.offset(), kept.size());
        int to = (int) Math.min((long) from + query.limit(), kept.size());
        return new Page<>(kept.subList(from, to), kept.size());
    }

    private static boolean matches(JsonNode item, ListQuery query) {
        if (query.q() != null) {
            String name = item.path("name").asText("").toLowerCase(Locale.ROOT);
            if (!name.contains(query.q().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        for (Map.Entry<String, String> filter : query.filters().entrySet()) {
            if (!item.path(filter.getKey()).asText("").equalsIgnoreCase(filter.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Sorts on one field; items without it go last in either direction. */
    private static Comparator<JsonNode> order(ListQuery query) {
        String field = query.sortField();
        Comparator<JsonNode> byValue = ListShaper::compareValues;
        Comparator<JsonNode> directed = query.descending() ? byValue.reversed() : byValue;
        return (a, b) -> {
            // Evaluations sort by their metrics too, which are not top-level fields of the item.
            JsonNode va = EvaluationFigures.sortNode(a, field);
            JsonNode vb = EvaluationFigures.sortNode(b, field);
            boolean missingA = va.isMissingNode() || va.isNull();
            boolean missingB = vb.isMissingNode() || vb.isNull();
            if (missingA || missingB) {
                return Boolean.compare(missingA, missingB);
            }
            return directed.compare(va, vb);
        };
    }

    private static int compareValues(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        if (a.isBoolean() && b.isBoolean()) {
            return Boolean.compare(a.asBoolean(), b.asBoolean());
        }
        // RFC 3339 UTC timestamps order correctly as text.
        return a.asText().compareToIgnoreCase(b.asText());
    }
}
