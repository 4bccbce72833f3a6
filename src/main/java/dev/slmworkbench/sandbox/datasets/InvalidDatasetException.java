package dev.slmworkbench.sandbox.datasets;

/** A dataset file whose content does not match its format; the message is shown to the user. */
public class InvalidDatasetException extends Exception {

    public InvalidDatasetException(String message) {
        super(message, null, false, false);
    }
}
