package dev.slmworkbench.training;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The Training API's state as data in the readiness answer and as metrics. It never makes this
 * pod unready: an external Training API that is down is down for every pod, and taking them all
 * out of the Service would hide even the page that explains the outage.
 */
@Readiness
@ApplicationScoped
public class TrainingApiHealth implements AsyncHealthCheck {

    private final TrainingBackend training;
    private final List<Meter> meters = new ArrayList<>();

    TrainingApiHealth(TrainingBackend training) {
        this.training = training;
    }

    void registerMetrics(@Observes StartupEvent event, MeterRegistry registry) {
        // A registry that outlived an earlier start (tests restart the app) may hold gauges of a gone client.
        registry.find("training.api.breaker.open").meters().forEach(registry::remove);
        registry.find("training.api.last.failure").meters().forEach(registry::remove);
        meters.add(Gauge.builder("training.api.breaker.open", training, t -> t.status().breakerOpen() ? 1 : 0)
                .description("1 while calls to the Training API are paused by the circuit breaker")
                .strongReference(true)
                .register(registry));
        meters.add(Gauge.builder("training.api.last.failure", training, TrainingApiHealth::lastFailureEpochSeconds)
                .description("When a Training API call last failed (Unix seconds; 0: never)")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry));
    }

    /** The registry outlives a restart (dev mode, test boots): a gauge left behind would read a stopped app. */
    void removeMetrics(@Observes ShutdownEvent event, MeterRegistry registry) {
        meters.forEach(registry::remove);
        meters.clear();
    }

    private static double lastFailureEpochSeconds(TrainingBackend training) {
        TrainingApiStatus.Failure failure = training.status().lastFailure();
        return failure == null ? 0 : failure.at().getEpochSecond();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().item(() -> {
            TrainingApiStatus status = training.status();
            HealthCheckResponseBuilder answer = HealthCheckResponse.named("Training API").up()
                    .withData("api", status.sandbox() ? "embedded sandbox" : "external")
                    .withData("circuitBreaker", status.breaker().name().toLowerCase().replace('_', '-'));
            if (status.lastFailure() != null) {
                answer.withData("lastFailure", status.lastFailure().detail())
                        .withData("lastFailureAt", status.lastFailure().at().toString());
            }
            return answer.build();
        });
    }
}
