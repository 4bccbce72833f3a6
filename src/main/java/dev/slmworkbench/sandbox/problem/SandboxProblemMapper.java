package dev.slmworkbench.sandbox.problem;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps only the sandbox's own exception type; generic mappers belong to the api room. */
public class SandboxProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";

    @ServerExceptionMapper
    public Response map(SandboxProblem problem) {
        Response.ResponseBuilder response = Response.status(problem.status()).type(PROBLEM_JSON)
                .entity(problem.toProblem());
        if (problem.retryAfterSeconds() > 0) {
            response.header("Retry-After", problem.retryAfterSeconds());
        }
        return response.build();
    }
}
