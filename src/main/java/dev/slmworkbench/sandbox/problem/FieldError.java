package dev.slmworkbench.sandbox.problem;

/** Which request field is wrong and why, in a sentence. */
public record FieldError(String field, String message) {
}
