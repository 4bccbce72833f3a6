package dev.slmworkbench.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.slmworkbench.training.InvalidRequestException;
import dev.slmworkbench.training.Problem;
import dev.slmworkbench.training.UpstreamException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure leaves the server as RFC 9457 problem JSON with a sentence for a person; the
 * stack trace goes to the log only.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response upstream(UpstreamException e) {
        LOG.debugf("Training API call failed: %s", e.getMessage());
        return ProblemResponses.of(e.problem());
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return ProblemResponses.of(ProblemResponses.problemFor(e));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return ProblemResponses.of(Problem.of(404, "Not found", "There is nothing at this address."));
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return ProblemResponses.of(Problem.of(405, "Method not allowed", "This address does not accept this kind of request."));
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        return ProblemResponses.of(Problem.of(400, "Invalid request", "The request body is not valid JSON."));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return ProblemResponses.of(ProblemResponses.problemFor(e));
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request refused" : known.getReasonPhrase();
        return ProblemResponses.of(Problem.of(status, title, "The server refused this request (HTTP " + status + ")."));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        Problem problem = ProblemResponses.problemFor(e);
        if (problem.status() >= 500 && !(e instanceof UpstreamException)) {
            LOG.error("Request failed", e);
        }
        return ProblemResponses.of(problem);
    }
}
