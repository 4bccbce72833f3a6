package dev.slmworkbench.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.slmworkbench.training.InvalidRequestException;
import dev.slmworkbench.training.Problem;
import dev.slmworkbench.training.UpstreamException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Known failures leave the server as RFC 9457 problem JSON with a sentence for a person; the
 * stack trace goes to the log only. No mapper here may cover {@code NotFoundException} (nor
 * its supertypes): then Quarkus REST would answer unknown paths itself instead of letting the
 * SPA's routes through. {@link FailureHandler} covers unknown API paths and unexpected failures.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response upstream(UpstreamException e) {
        LOG.debugf("Training API call failed: %s", e.getMessage());
        return ProblemResponses.of(e);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return ProblemResponses.of(ProblemResponses.problemFor(e));
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        return ProblemResponses.of(Problem.of(400, "Invalid request", "The request body is not valid JSON."));
    }

    /** Request errors Quarkus REST raises itself; NotFoundException is left out on purpose (see above). */
    @ServerExceptionMapper({BadRequestException.class, NotAllowedException.class, NotAcceptableException.class,
            NotSupportedException.class})
    public Response refused(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return ProblemResponses.of(StandardProblems.of(status == 405 || status == 406 || status == 415 ? status : 400));
    }

    @ServerExceptionMapper
    public Response serverError(ServerErrorException e) {
        LOG.error("Request failed", e);
        return ProblemResponses.of(ProblemResponses.problemFor(e));
    }
}
