package dev.slmworkbench.sandbox;

import dev.slmworkbench.sandbox.problem.Problem;
import dev.slmworkbench.sandbox.problem.SandboxProblemMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Answers 404 for everything under /sandbox while an external Training API is configured. */
public class SandboxGate {

    private final SandboxActivation activation;

    public SandboxGate(SandboxActivation activation) {
        this.activation = activation;
    }

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public Response closeWhenInactive(ContainerRequestContext request) {
        if (activation.active()) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        if (path.equals("/sandbox") || path.startsWith("/sandbox/")) {
            return Response.status(404)
                    .type(SandboxProblemMapper.PROBLEM_JSON)
                    .entity(new Problem(null, "Not found", 404,
                            "The sandbox is off because an external Training API is configured.", List.of()))
                    .build();
        }
        return null;
    }
}
