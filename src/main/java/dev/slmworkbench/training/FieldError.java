package dev.slmworkbench.training;

/** One invalid field of a request and a sentence a person can act on. */
public record FieldError(String field, String message) {
}
