package dev.slmworkbench.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one way into the Training API. Reads retry with backoff, writes never retry, and both go
 * through one circuit breaker so a failing upstream is left alone for a while. Every failure
 * leaves as an {@link UpstreamException} or an {@link InvalidRequestException}.
 */
@ApplicationScoped
public class TrainingClient {

    private final TrainingApi api;
    private final ObjectMapper json;
    private final Guard breaker;
    private final Guard retry;

    TrainingClient(@RestClient TrainingApi api, ObjectMapper json, TrainingApiConfig config) {
        this.api = api;
        this.json = json;
        this.breaker = Guard.create()
                .withCircuitBreaker()
                .name(UpstreamErrors.BREAKER)
                .requestVolumeThreshold(config.breakerWindow())
                .failureRatio(config.breakerFailureRatio())
                .delay(config.breakerDelay().toMillis(), ChronoUnit.MILLIS)
                .when(t -> t instanceof UpstreamException u && u.upstreamFailure())
                .done()
                .build();
        this.retry = Guard.create()
                .withRetry()
                .maxRetries(config.maxRetries())
                .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(config.retryDelay().toMillis() / 4, ChronoUnit.MILLIS)
                .withExponentialBackoff().factor(2).done()
                .whenException(t -> t instanceof UpstreamException u && u.retriable())
                .done()
                .build();
    }

    /** Closes the circuit again, for tests and for an operator who fixed the upstream. */
    public void resetBreaker() {
        CircuitBreakerMaintenance.get().reset(UpstreamErrors.BREAKER);
    }

    public Page<Dataset> datasets(ListQuery query) {
        return list("datasets", query, Dataset.class);
    }

    public Dataset dataset(String id) {
        return get("datasets", id, Dataset.class);
    }

    public Page<Model> models(ListQuery query) {
        return list("models", query, Model.class);
    }

    public Model model(String id) {
        return get("models", id, Model.class);
    }

    public Page<Experiment> experiments(ListQuery query) {
        return list("experiments", query, Experiment.class);
    }

    public Experiment experiment(String id) {
        return get("experiments", id, Experiment.class);
    }

    public Page<Evaluation> evaluations(ListQuery query) {
        return list("evaluations", query, Evaluation.class);
    }

    public Evaluation evaluation(String id) {
        return get("evaluations", id, Evaluation.class);
    }

    /** Never retried: the Idempotency-Key lets the caller retry safely, not this layer. */
    public Experiment createExperiment(String idempotencyKey, NewExperiment body) {
        if (idempotencyKey != null) {
            Ids.check("Idempotency-Key", idempotencyKey);
        }
        return convert(parse(write(() -> api.createExperiment(idempotencyKey, body))), Experiment.class);
    }

    public Experiment cancelExperiment(String id) {
        Ids.check("id", id);
        return convert(parse(write(() -> api.cancelExperiment(id))), Experiment.class);
    }

    private <T> Page<T> list(String collection, ListQuery query, Class<T> type) {
        Page<JsonNode> page = ListShaper.shape(parse(read(() -> api.list(collection, params(query)))), query);
        List<T> items = new ArrayList<>(page.items().size());
        for (JsonNode item : page.items()) {
            items.add(convert(item, type));
        }
        return new Page<>(items, page.total());
    }

    private <T> T get(String collection, String id, Class<T> type) {
        Ids.check("id", id);
        JsonNode body = parse(read(() -> api.get(collection, id)));
        if (!body.isObject()) {
            throw UpstreamErrors.malformed();
        }
        return convert(body, type);
    }

    private String read(Supplier<String> call) {
        try {
            return retry.get(() -> guarded(call), String.class);
        } catch (RuntimeException e) {
            throw UpstreamErrors.fromThrowable(e);
        }
    }

    private String write(Supplier<String> call) {
        try {
            return guarded(call);
        } catch (RuntimeException e) {
            throw UpstreamErrors.fromThrowable(e);
        }
    }

    private String guarded(Supplier<String> call) {
        return breaker.get(() -> {
            try {
                return call.get();
            } catch (RuntimeException e) {
                throw UpstreamErrors.fromThrowable(e);
            }
        }, String.class);
    }

    private JsonNode parse(String body) {
        try {
            JsonNode node = body == null ? null : json.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw UpstreamErrors.malformed();
            }
            return node;
        } catch (JsonProcessingException e) {
            throw UpstreamErrors.malformed();
        }
    }

    private <T> T convert(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw UpstreamErrors.malformed();
        }
    }

    private static Map<String, String> params(ListQuery query) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("offset", Integer.toString(query.offset()));
        params.put("limit", Integer.toString(query.limit()));
        params.put("sort", query.sort());
        if (query.q() != null) {
            params.put("q", query.q());
        }
        params.putAll(query.filters());
        return params;
    }
}
