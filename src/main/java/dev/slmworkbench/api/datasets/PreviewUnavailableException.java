package dev.slmworkbench.api.datasets;

/** A dataset file whose first records cannot be shown as a table; the message says why, for a person. */
public class PreviewUnavailableException extends RuntimeException {

    PreviewUnavailableException(String message) {
        super(message, null, false, false);
    }
}
