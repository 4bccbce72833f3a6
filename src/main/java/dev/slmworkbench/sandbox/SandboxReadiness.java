package dev.slmworkbench.sandbox;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the sandbox's store cannot be used: this pod could not answer a single page. */
@Readiness
@ApplicationScoped
public class SandboxReadiness implements AsyncHealthCheck {

    private final SandboxActivation activation;
    private final SandboxRuntime runtime;

    public SandboxReadiness(SandboxActivation activation, SandboxRuntime runtime) {
        this.activation = activation;
        this.runtime = runtime;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        if (!activation.active()) {
            return Uni.createFrom().item(HealthCheckResponse.named("Sandbox").up().withData("active", false).build());
        }
        // Looking at the disk may block: on the sandbox's own threads.
        return runtime.executor().submit(runtime::problem)
                .map(problem -> problem
                        .map(p -> HealthCheckResponse.named("Sandbox").down().withData("problem", p).build())
                        .orElseGet(() -> HealthCheckResponse.named("Sandbox").up().withData("active", true).build()))
                .ifNoItem().after(Duration.ofSeconds(2)).recoverWithItem(() -> HealthCheckResponse.named("Sandbox")
                        .down().withData("problem", "The sandbox is too busy to answer within 2 seconds.").build())
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named("Sandbox").down()
                        .withData("problem", "The sandbox did not answer its health check.").build());
    }
}
