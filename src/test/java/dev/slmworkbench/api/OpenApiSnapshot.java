package dev.slmworkbench.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The part of the BFF's OpenAPI the SPA is typed from: the {@code /api} paths and the schemas they
 * reach, keys sorted, without {@code info} and {@code servers} (the version changes with every release).
 */
final class OpenApiSnapshot {

    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiSnapshot() {
    }

    static String reduce(JsonNode document) throws JsonProcessingException {
        ObjectNode paths = JsonNodeFactory.instance.objectNode();
        document.path("paths").fields().forEachRemaining(e -> {
            if (e.getKey().equals("/api") || e.getKey().startsWith("/api/")) {
                paths.set(e.getKey(), e.getValue());
            }
        });
        JsonNode schemas = document.path("components").path("schemas");
        Set<String> reached = new TreeSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(paths);
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node.isObject() && node.path("$ref").isTextual() && node.get("$ref").asText().startsWith(SCHEMA_REF)) {
                String name = node.get("$ref").asText().substring(SCHEMA_REF.length());
                if (reached.add(name) && schemas.has(name)) {
                    todo.push(schemas.get(name));
                }
            }
            node.elements().forEachRemaining(todo::push);
        }
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        for (String name : reached) {
            if (schemas.has(name)) {
                kept.set(name, schemas.get(name));
            }
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("openapi", document.path("openapi"));
        out.set("paths", paths);
        if (!kept.isEmpty()) {
            out.putObject("components").set("schemas", kept);
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer(printer).writeValueAsString(sorted(out)) + "\n";
    }

    /** Object keys in order at every level, so the committed file diffs line by line. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                fields.put(e.getKey(), sorted(e.getValue()));
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> copy.add(sorted(n)));
            return copy;
        }
        return node;
    }
}
