package dev.slmworkbench.sandbox.model;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Locale;
import java.util.Optional;

/** A dataset file's format, taken from its extension. */
@RegisterForReflection
public enum DatasetFormat {
    CSV("csv", "text/csv"),
    JSON("json", "application/json"),
    JSONL("jsonl", "application/x-ndjson");

    private final String wire;
    private final String mediaType;

    DatasetFormat(String wire, String mediaType) {
        this.wire = wire;
        this.mediaType = mediaType;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a file name's extension implies, if it is one we store. */
    public static Optional<DatasetFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (DatasetFormat f : values()) {
            if (f.wire.equals(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
