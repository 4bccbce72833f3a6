package dev.slmworkbench.http;

import java.util.Locale;
import java.util.Optional;

/** The dataset file formats there are, named by their file extension, with their media types. */
public enum DataFileFormat {
    CSV("csv", "text/csv"),
    JSON("json", "application/json"),
    JSONL("jsonl", "application/x-ndjson");

    private final String extension;
    private final String mediaType;

    DataFileFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The extension, which is also the format's name on the wire ({@code csv}, {@code json}, {@code jsonl}). */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a {@code format} field or an extension, in any case; empty when it is none of ours. */
    public static Optional<DataFileFormat> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (DataFileFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a file name's extension names, if it is one of ours. */
    public static Optional<DataFileFormat> ofFileName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : of(fileName.substring(dot + 1));
    }
}
