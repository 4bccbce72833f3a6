package dev.slmworkbench.web.problem;

import dev.slmworkbench.training.InvalidRequestException;
import dev.slmworkbench.training.Problem;
import dev.slmworkbench.training.UpstreamErrors;
import dev.slmworkbench.training.UpstreamException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.Response;

/** Builds problem JSON answers; shared by the exception mappers and the dashboard's cards. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }

    /** Sends a problem from a route outside Quarkus REST. */
    public static Future<Void> send(HttpServerResponse response, ObjectMapper json, Problem problem) {
        response.setStatusCode(problem.status()).putHeader("Content-Type", MEDIA_TYPE);
        try {
            return response.end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            return response.end();
        }
    }

    /** A problem answer for a failure, with the {@code Retry-After} the Training API or the breaker gave. */
    public static Response of(Throwable failure) {
        Response.ResponseBuilder answer = Response.fromResponse(of(problemFor(failure)));
        retryAfter(failure).ifPresent(seconds -> answer.header("Retry-After", Long.toString(seconds)));
        return answer.build();
    }

    /** Puts the failure's {@code Retry-After} (if it has one) on a response of a route outside Quarkus REST. */
    public static void retryAfter(HttpServerResponse response, Throwable failure) {
        retryAfter(failure).ifPresent(seconds -> response.putHeader("Retry-After", Long.toString(seconds)));
    }

    private static java.util.OptionalLong retryAfter(Throwable failure) {
        return UpstreamErrors.fromThrowable(failure) instanceof UpstreamException upstream
                ? upstream.retryAfter() : java.util.OptionalLong.empty();
    }

    /** The problem a person should see for any failure of a BFF call. */
    public static Problem problemFor(Throwable failure) {
        if (failure instanceof InvalidRequestException invalid) {
            return new Problem(null, "Invalid request", 400, invalid.getMessage(), invalid.errors());
        }
        RuntimeException classified = UpstreamErrors.fromThrowable(failure);
        if (classified instanceof UpstreamException upstream) {
            return upstream.problem();
        }
        return Problem.of(500, "Something went wrong",
                "The server could not complete this request. Try again; if it keeps failing, contact your administrator.");
    }
}
