package dev.slmworkbench.web;

import dev.slmworkbench.web.problem.ProblemResponses;
import dev.slmworkbench.web.problem.StandardProblems;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Error answers that Quarkus REST builds without a body (an oversized multipart field is a bare
 * 413, for one) get the standard problem JSON, so the browser always has a sentence to show.
 */
public class EmptyErrorBodies {

    private static final MediaType PROBLEM = MediaType.valueOf(ProblemResponses.MEDIA_TYPE);

    @ServerResponseFilter
    public void fill(ContainerResponseContext response) {
        if (response.getStatus() >= 400 && !response.hasEntity()) {
            response.setEntity(StandardProblems.of(response.getStatus()), null, PROBLEM);
        }
    }
}
