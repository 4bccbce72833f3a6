package dev.slmworkbench.training;

import java.util.List;

/**
 * A Training API call that did not give a usable answer, already phrased for a person. The
 * {@link Kind} decides the status the browser sees and whether the call may be retried.
 */
public class UpstreamException extends RuntimeException {

    /** Why the call failed. */
    public enum Kind {
        /** Nothing answered (connection refused, unknown host). */
        UNREACHABLE(503, true, true),
        /** The upstream took longer than the read timeout: not retried, the user already waited. */
        TIMEOUT(504, false, true),
        /** The upstream answered 5xx. */
        SERVER_ERROR(502, true, true),
        /** The upstream answered something that is not the contract's JSON. */
        MALFORMED(502, false, true),
        /** The upstream refused the request (4xx): its status and field errors are passed on. */
        REJECTED(0, false, false),
        /** The upstream refused this app's credentials (401/403): the operator must fix them, not the user. */
        CREDENTIALS_REFUSED(502, false, false),
        /** The circuit breaker is open after repeated failures. */
        CIRCUIT_OPEN(503, false, false),
        /**
         * This side ended the call (the browser went, or its upload was refused here): no failure
         * of the Training API, so neither the breaker nor the health counts it.
         */
        ENDED_HERE(400, false, false);

        private final int status;
        private final boolean retriable;
        private final boolean upstreamFailure;

        Kind(int status, boolean retriable, boolean upstreamFailure) {
            this.status = status;
            this.retriable = retriable;
            this.upstreamFailure = upstreamFailure;
        }
    }

    private final Kind kind;
    private final transient Problem problem;
    /** Seconds the upstream (or the breaker) asks callers to wait before they try again; -1 when it did not say. */
    private final long retryAfterSeconds;

    public UpstreamException(Kind kind, Problem problem) {
        this(kind, problem, -1);
    }

    private UpstreamException(Kind kind, Problem problem, long retryAfterSeconds) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.kind = kind;
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The same failure, telling the browser to wait this many seconds before trying again ({@code Retry-After}). */
    public UpstreamException retryAfter(long seconds) {
        return seconds < 0 ? this : new UpstreamException(kind, problem, seconds);
    }

    /** How long to wait before trying again, as the upstream (or the breaker) said; empty when nobody said. */
    public java.util.OptionalLong retryAfter() {
        return retryAfterSeconds < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(retryAfterSeconds);
    }

    public static UpstreamException of(Kind kind, String title, String detail) {
        return new UpstreamException(kind, Problem.of(kind.status, title, detail));
    }

    public Kind kind() {
        return kind;
    }

    /** The problem to show the browser: status, human title and detail, field errors. */
    public Problem problem() {
        return problem;
    }

    /** The same failure, told with other words (for example about the embedded sandbox). */
    public UpstreamException reworded(String title, String detail) {
        return new UpstreamException(kind, new Problem(problem.type(), title, problem.status(), detail, problem.errors()),
                retryAfterSeconds);
    }

    public boolean retriable() {
        return kind.retriable;
    }

    /** Whether this failure says the upstream is unwell (counts towards opening the circuit). */
    public boolean upstreamFailure() {
        return kind.upstreamFailure;
    }

    public List<FieldError> fieldErrors() {
        return problem.errors();
    }
}
