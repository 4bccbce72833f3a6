package dev.slmworkbench.sandbox.problem;

import java.util.List;

/** A failure the sandbox answers as problem JSON; messages are written for the person using the app. */
public class SandboxProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final long retryAfterSeconds;

    public SandboxProblem(int status, String title, String detail, List<FieldError> errors) {
        this(status, title, detail, errors, 0);
    }

    private SandboxProblem(int status, String title, String detail, List<FieldError> errors, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A 429: the caller may try again after the given number of seconds (sent as Retry-After). */
    public static SandboxProblem tooMany(String title, String detail, long retryAfterSeconds) {
        return new SandboxProblem(429, title, detail, List.of(), Math.max(1, retryAfterSeconds));
    }

    public static SandboxProblem notFound(String what, String id) {
        return new SandboxProblem(404, what + " not found", "There is no " + what.toLowerCase() + " with id '"
                + id + "'.", List.of());
    }

    public static SandboxProblem invalid(String title, List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).message()
                : "Check these " + errors.size() + " fields: " + String.join(" ", errors.stream().map(FieldError::message).toList());
        return new SandboxProblem(400, title, detail, errors);
    }

    public static SandboxProblem invalid(String title, String field, String message) {
        return invalid(title, List.of(FieldError.of(field, message)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Seconds for a Retry-After header; 0 when there is none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem toProblem() {
        return new Problem(null, title, status, getMessage(), errors);
    }
}
