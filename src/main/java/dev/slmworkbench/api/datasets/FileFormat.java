package dev.slmworkbench.api.datasets;

import java.util.Locale;
import java.util.Optional;

/** The dataset file formats the Training API takes, named by their file extension. */
public enum FileFormat {
    CSV, JSON, JSONL;

    /** The format a file name's extension names, if it is one of ours. */
    public static Optional<FileFormat> ofFileName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : of(fileName.substring(dot + 1));
    }

    /** The format of the contract's {@code format} field ({@code csv}, {@code json}, {@code jsonl}). */
    static Optional<FileFormat> of(String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        return switch (wire.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> Optional.of(CSV);
            case "json" -> Optional.of(JSON);
            case "jsonl" -> Optional.of(JSONL);
            default -> Optional.empty();
        };
    }
}
