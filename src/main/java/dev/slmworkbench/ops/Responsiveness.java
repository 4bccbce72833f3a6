package dev.slmworkbench.ops;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness: the app is alive when both of its thread pools, the worker pool and the event loops,
 * run a trivial task within a second. A pod that cannot is restarted rather than left to hang.
 */
@Liveness
@ApplicationScoped
public class Responsiveness implements AsyncHealthCheck {

    static final Duration LIMIT = Duration.ofSeconds(1);

    private final Executor workers;
    private final Executor eventLoop;

    @Inject
    Responsiveness(Vertx vertx) {
        this(Infrastructure.getDefaultWorkerPool(), task -> vertx.nettyEventLoopGroup().next().execute(task));
    }

    Responsiveness(Executor workers, Executor eventLoop) {
        this.workers = workers;
        this.eventLoop = eventLoop;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.combine().all().unis(runs(workers), runs(eventLoop)).asTuple()
                .map(t -> HealthCheckResponse.named("Responsiveness")
                        .status(t.getItem1() && t.getItem2())
                        .withData("workerPool", t.getItem1() ? "ok" : "no task ran within " + LIMIT.toMillis() + " ms")
                        .withData("eventLoop", t.getItem2() ? "ok" : "no task ran within " + LIMIT.toMillis() + " ms")
                        .build());
    }

    private static Uni<Boolean> runs(Executor executor) {
        return Uni.createFrom().<Boolean>emitter(e -> executor.execute(() -> e.complete(true)))
                .ifNoItem().after(LIMIT).recoverWithItem(false)
                .onFailure().recoverWithItem(false);
    }
}
