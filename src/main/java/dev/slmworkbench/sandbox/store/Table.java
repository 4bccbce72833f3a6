package dev.slmworkbench.sandbox.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One collection of records kept in memory and mirrored to one JSON file. Not thread safe on its own. */
final class Table<T> {

    private final Path file;
    private final ObjectMapper mapper;
    private final Function<T, String> key;
    private final Map<String, T> rows = new LinkedHashMap<>();
    private boolean unsaved;
    private long saves;

    Table(Path file, ObjectMapper mapper, TypeReference<List<T>> type, Function<T, String> key) throws IOException {
        this.file = file;
        this.mapper = mapper;
        this.key = key;
        if (Files.exists(file)) {
            for (T row : mapper.readValue(file.toFile(), type)) {
                rows.put(key.apply(row), row);
            }
        }
    }

    T get(String id) {
        return rows.get(id);
    }

    List<T> all() {
        return List.copyOf(rows.values());
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void put(T row) {
        rows.put(key.apply(row), row);
        unsaved = true;
    }

    void save() throws IOException {
        List<T> snapshot = new ArrayList<>(rows.values());
        AtomicFiles.write(file, out -> mapper.writeValue(out, snapshot));
        unsaved = false;
        saves++;
    }

    /** Writes the file only when something was put since the last save. */
    void saveIfChanged() throws IOException {
        if (unsaved) {
            save();
        }
    }

    /** How many times the file was written. */
    long saves() {
        return saves;
    }
}
