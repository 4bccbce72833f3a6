package dev.slmworkbench.sandbox.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.slmworkbench.http.DataFileFormat;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Optional;

/** A dataset file's format, taken from its extension. */
@RegisterForReflection
public enum DatasetFormat {
    CSV, JSON, JSONL;

    @JsonValue
    public String wire() {
        return DataFileFormat.valueOf(name()).extension();
    }

    public String mediaType() {
        return DataFileFormat.valueOf(name()).mediaType();
    }

    /** The format a file name's extension implies, if it is one we store. */
    public static Optional<DatasetFormat> ofFileName(String fileName) {
        return DataFileFormat.ofFileName(fileName).map(format -> valueOf(format.name()));
    }
}
