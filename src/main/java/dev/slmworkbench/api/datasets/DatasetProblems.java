package dev.slmworkbench.api.datasets;

import dev.slmworkbench.training.Problem;
import dev.slmworkbench.web.problem.ProblemResponses;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The datasets' own failures as problem JSON (the shared ones are in {@code web.problem}). */
public class DatasetProblems {

    @ServerExceptionMapper
    public Response previewUnavailable(PreviewUnavailableException e) {
        return ProblemResponses.of(Problem.of(422, "Preview not available", e.getMessage()));
    }
}
