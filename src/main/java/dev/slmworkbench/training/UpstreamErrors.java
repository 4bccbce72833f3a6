package dev.slmworkbench.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.http.ByteSizes;
import dev.slmworkbench.training.UpstreamException.Kind;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Turns whatever went wrong on the way to the Training API into an {@link UpstreamException}
 * with a sentence for a person. Nothing of the upstream's URL, stack or classes survives.
 */
public final class UpstreamErrors {

    public static final String BREAKER = "training-api";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 500;
    /** A hostile or broken upstream cannot flood the browser with field errors. */
    static final int MAX_FIELD_ERRORS = 50;

    private UpstreamErrors() {
    }

    /** The longest wait passed on from a {@code Retry-After}: a day. */
    static final long MAX_RETRY_AFTER_SECONDS = 86_400;

    /** An upstream answer with status 400 or more, its body already read (bounded) as text. */
    public static UpstreamException fromAnswer(int status, String body) {
        return fromAnswer(status, () -> body);
    }

    /** The same, with the answer's {@code Retry-After} header (or null). */
    public static UpstreamException fromAnswer(int status, String body, String retryAfter) {
        return fromAnswer(status, () -> body).retryAfter(retryAfterSeconds(retryAfter, Instant.now()));
    }

    /**
     * A {@code Retry-After} (seconds or an HTTP date) as seconds from {@code now}, at most a day;
     * -1 when there is none or it cannot be read.
     */
    static long retryAfterSeconds(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        String value = header.strip();
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return value.length() > 6 ? MAX_RETRY_AFTER_SECONDS : Math.min(Long.parseLong(value), MAX_RETRY_AFTER_SECONDS);
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Math.max(0, Math.min(Duration.between(now, at).toSeconds(), MAX_RETRY_AFTER_SECONDS));
        } catch (DateTimeParseException notADate) {
            return -1;
        }
    }

    private static UpstreamException fromAnswer(int status, Supplier<String> body) {
        if (status >= 500) {
            return UpstreamException.of(Kind.SERVER_ERROR, "Training API error",
                    "The Training API failed to handle this request (HTTP " + status + "). Try again in a moment.");
        }
        if (status == 401 || status == 403) {
            return UpstreamException.of(Kind.CREDENTIALS_REFUSED, "Training API refused access",
                    "The Training API refused this app's credentials. An administrator needs to check "
                            + "TRAINING_API_TOKEN; nothing you can change here will fix it.");
        }
        JsonNode problem = readJson(body);
        String title = text(problem, "title", defaultTitle(status));
        String detail = text(problem, "detail", defaultDetail(status));
        List<FieldError> errors = new ArrayList<>();
        for (JsonNode e : problem.path("errors")) {
            if (errors.size() == MAX_FIELD_ERRORS) {
                break;
            }
            String field = clip(e.path("field").asText(""));
            String message = clip(e.path("message").asText(""));
            if (!message.isEmpty()) {
                errors.add(new FieldError(field, message));
            }
        }
        return new UpstreamException(Kind.REJECTED, new Problem(null, title, status, detail, errors));
    }

    /** Classifies a failure of a call; unknown failures come back as they are. */
    public static RuntimeException fromThrowable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UpstreamException upstream) {
                return upstream;
            }
            if (t instanceof CircuitBreakerOpenException) {
                return UpstreamException.of(Kind.CIRCUIT_OPEN, "Training API unavailable",
                        "The Training API is not reachable: it failed several times in a row, so calls are paused "
                                + "for a few seconds. Try again shortly.");
            }
            // Netty's ConnectTimeoutException is a ConnectException: no connection means unreachable.
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException) {
                return unreachable();
            }
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return timedOut();
            }
            if (t instanceof JsonProcessingException) {
                return malformed();
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException || t.getClass().getName().startsWith("io.vertx.")) {
                return UpstreamException.of(Kind.SERVER_ERROR, "Training API error",
                        "The connection to the Training API broke off before it answered. Try again in a moment.");
            }
        }
        return failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
    }

    public static UpstreamException timedOut() {
        return UpstreamException.of(Kind.TIMEOUT, "Training API timed out",
                "The Training API did not answer in time. Try again in a moment.");
    }

    /**
     * The same failure told about the embedded sandbox, which is part of this app: there is no
     * external Training API to check on.
     */
    public static UpstreamException aboutSandbox(UpstreamException e) {
        return switch (e.kind()) {
            case UNREACHABLE -> e.reworded("Sandbox unavailable",
                    "The built-in sandbox Training API did not answer. Try again in a moment; if this keeps "
                            + "happening, restart SLM Workbench.");
            case TIMEOUT -> e.reworded("Sandbox timed out",
                    "The built-in sandbox Training API is busy and did not answer in time. Try again in a moment.");
            case CIRCUIT_OPEN -> e.reworded("Sandbox unavailable",
                    "The built-in sandbox Training API failed several times in a row, so calls are paused for "
                            + "a few seconds. Try again shortly.");
            default -> e;
        };
    }

    /** The caller ended a call before it was complete (for example a browser that broke off its upload). */
    public static UpstreamException endedHere() {
        return UpstreamException.of(Kind.ENDED_HERE, "Upload stopped",
                "The upload stopped before it was complete, so the Training API keeps nothing of it.");
    }

    public static UpstreamException unreachable() {
        return UpstreamException.of(Kind.UNREACHABLE, "Training API unavailable",
                "The Training API is not reachable. Try again in a moment; if this keeps happening, check that it is running.");
    }

    /** An answer larger than this app reads whole (counted as it arrived; the rest was never read). */
    public static UpstreamException tooLarge(long max) {
        return UpstreamException.of(Kind.MALFORMED, "Answer too large",
                "The Training API sent an answer larger than the " + ByteSizes.describe(max) + " this app reads, so it "
                        + "was stopped. Ask for less (a smaller page), or ask an administrator to check the Training API "
                        + "or TRAINING_API_MAX_ANSWER_SIZE.");
    }

    /** An answer compressed although this app asked for none: it is never inflated (a small body can inflate to gigabytes). */
    public static UpstreamException encoded() {
        return UpstreamException.of(Kind.MALFORMED, "Unexpected answer from the Training API",
                "The Training API sent a compressed answer although this app asks for plain ones, so it was not "
                        + "read. An administrator needs to check the Training API or a proxy in front of it.");
    }

    /** A loss curve with more points than this app keeps for one evaluation. */
    public static UpstreamException tooManyPoints(int max) {
        return UpstreamException.of(Kind.MALFORMED, "Loss curve too long",
                "The Training API sent a loss curve of more than " + String.format(java.util.Locale.ROOT, "%,d", max)
                        + " points for this evaluation, more than this app shows. An administrator can raise "
                        + "TRAINING_API_MAX_CURVE_POINTS, or the Training API can log fewer steps.");
    }

    public static UpstreamException malformed() {
        return UpstreamException.of(Kind.MALFORMED, "Unexpected answer from the Training API",
                "The Training API sent an answer this app cannot read. Try again later or check its version.");
    }

    private static JsonNode readJson(Supplier<String> answer) {
        try {
            String body = answer.get();
            JsonNode node = body == null || body.isBlank() ? null : JSON.readTree(body);
            return node != null && node.isObject() ? node : JSON.createObjectNode();
        } catch (RuntimeException | JsonProcessingException notJson) {
            // Plain text or HTML error pages are opaque by contract.
            return JSON.createObjectNode();
        }
    }

    private static String text(JsonNode body, String field, String fallback) {
        String value = body.path(field).asText("").strip();
        return value.isEmpty() ? fallback : clip(value);
    }

    private static String clip(String s) {
        return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "…";
    }

    private static String defaultTitle(int status) {
        return switch (status) {
            case 400, 422 -> "Invalid request";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 413 -> "Upload too large";
            default -> "Request refused";
        };
    }

    private static String defaultDetail(int status) {
        return switch (status) {
            case 404 -> "The Training API does not know this item. It may have been deleted.";
            case 409 -> "The Training API refused this change because of the item's current state.";
            case 413 -> "The Training API refused the file because it is larger than it accepts.";
            default -> "The Training API refused this request (HTTP " + status + ").";
        };
    }
}
