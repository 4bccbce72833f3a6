package dev.slmworkbench.training;

/**
 * What an upload tells the Training API besides the file's bytes: the form fields of
 * {@code POST /datasets/upload}, already checked by the caller. {@code description} may be null.
 */
public record NewDataset(String name, String description, String type, String fileName) {
}
