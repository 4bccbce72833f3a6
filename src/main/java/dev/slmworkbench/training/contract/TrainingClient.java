package dev.slmworkbench.training.contract;

import dev.slmworkbench.training.Dataset;
import dev.slmworkbench.training.Evaluation;
import dev.slmworkbench.training.Experiment;
import dev.slmworkbench.training.IdempotencyKeys;
import dev.slmworkbench.training.IdChecks;
import dev.slmworkbench.training.ListQuery;
import dev.slmworkbench.training.ListShaper;
import dev.slmworkbench.training.LossCurveReader;
import dev.slmworkbench.training.Model;
import dev.slmworkbench.training.NewExperiment;
import dev.slmworkbench.training.Page;
import dev.slmworkbench.training.SingleFlight;
import dev.slmworkbench.training.TrainingApiStatus;
import dev.slmworkbench.training.UpstreamErrors;
import dev.slmworkbench.training.UpstreamException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The one way into the Training API, and it never holds a thread while the upstream thinks: every
 * method returns a {@link Uni}. Reads retry with backoff within a time budget, writes never
 * retry, and each logical call (with its retries) counts once in one circuit breaker, so a
 * failing upstream is left alone for a while. Every failure is an {@link UpstreamException} or an
 * {@link InvalidRequestException}.
 */
@ApplicationScoped
public class TrainingClient {

    private static final TypeLiteral<Uni<String>> UNI_STRING = new TypeLiteral<>() { };

    private final TrainingApiConfig config;
    private final TrainingApiEndpoint endpoint;
    private final ObjectMapper json;
    private final TypedGuard<Uni<String>> breaker;
    private final RetryPolicy retries;
    private final SingleFlight<String> flights;
    private final SingleFlight<String> launches;
    private final SingleFlight<Evaluation> evaluations;
    private final BareLists bareLists;
    private final AtomicReference<TrainingApiStatus.Failure> lastFailure = new AtomicReference<>();
    private final ObjectReader evaluationReader;
    private volatile TrainingApi api;

    TrainingClient(TrainingApiConfig config, TrainingApiEndpoint endpoint, ObjectMapper json) {
        this.config = config;
        this.endpoint = endpoint;
        this.json = json;
        this.breaker = TypedGuard.create(UNI_STRING)
                .withCircuitBreaker()
                .name(UpstreamErrors.BREAKER)
                .requestVolumeThreshold(config.breakerWindow())
                .failureRatio(config.breakerFailureRatio())
                .delay(config.breakerDelay().toMillis(), ChronoUnit.MILLIS)
                .when(t -> t instanceof UpstreamException u && u.upstreamFailure())
                .done()
                .build();
        this.flights = new SingleFlight<>(config.readCacheWindow(), System::nanoTime);
        this.launches = new SingleFlight<>(config.launchReplayWindow(), System::nanoTime);
        this.evaluations = new SingleFlight<>(config.readCacheWindow(), System::nanoTime);
        this.bareLists = new BareLists(config.bareListCacheWindow(), System::nanoTime, this::ask);
        this.evaluationReader = json.readerFor(Evaluation.class)
                .withAttribute(LossCurveReader.MAX_POINTS, config.maxCurvePoints());
        this.retries = new RetryPolicy(config.maxRetries(), config.retryDelay(),
                Duration.ofMillis(config.readTimeoutMs()), UpstreamErrors::timedOut);
    }

    /** Changes how long identical reads share one answer (tests that count upstream calls set zero). */
    public void readCacheWindow(Duration window) {
        flights.window(window);
        evaluations.window(window);
    }

    public Duration readCacheWindow() {
        return flights.window();
    }

    /** Changes how long a bare-array collection is kept for all its list reads (tests that count calls set zero). */
    public void bareListCacheWindow(Duration window) {
        bareLists.window(window);
    }

    public Duration bareListCacheWindow() {
        return bareLists.window();
    }

    /** Forgets which collections the upstream answers with bare arrays, and the arrays kept (for tests). */
    public void forgetListShapes() {
        bareLists.forget();
    }

    /** Closes the circuit again, for tests and for an operator who fixed the upstream. */
    public void resetBreaker() {
        CircuitBreakerMaintenance.get().reset(UpstreamErrors.BREAKER);
    }

    /** What this pod knows of the Training API right now, for health and metrics. */
    public TrainingApiStatus status() {
        CircuitBreakerState state = CircuitBreakerMaintenance.get().currentState(UpstreamErrors.BREAKER);
        return new TrainingApiStatus(config.sandbox(), state, lastFailure.get());
    }

    public Uni<Page<Dataset>> datasets(ListQuery query) {
        return list("datasets", query, Dataset.class);
    }

    public Uni<Dataset> dataset(String id) {
        return get("datasets", id, Dataset.class);
    }

    public Uni<Page<Model>> models(ListQuery query) {
        return list("models", query, Model.class);
    }

    public Uni<Model> model(String id) {
        return get("models", id, Model.class);
    }

    public Uni<Page<Experiment>> experiments(ListQuery query) {
        return list("experiments", query, Experiment.class);
    }

    public Uni<Experiment> experiment(String id) {
        return get("experiments", id, Experiment.class);
    }

    public Uni<Page<Evaluation>> evaluations(ListQuery query) {
        return list("evaluations", query, Evaluation.class);
    }

    /**
     * Shared like every read, but kept parsed, not as text: a long curve's columns are smaller than
     * its JSON, and a kept answer then costs no second parse.
     */
    public Uni<Evaluation> evaluation(String id) {
        return Uni.createFrom().deferred(() -> {
            IdChecks.check("id", id);
            return evaluations.share("evaluations/" + id,
                    () -> readOther(() -> api().getBytes("evaluations", id))
                            .map(bytes -> read(evaluationReader, bytes)));
        });
    }

    /** Never retried: the Idempotency-Key lets the caller retry safely, not this layer. */
    public Uni<Experiment> createExperiment(String idempotencyKey, NewExperiment body) {
        return Uni.createFrom().deferred(() -> {
            if (idempotencyKey == null) {
                return write(() -> api().createExperiment(null, body));
            }
            IdempotencyKeys.check(idempotencyKey);
            // A double click or a retry of the same launch, here or in flight, shares the first answer.
            return launches.share(idempotencyKey + " " + digest(body),
                    () -> write(() -> api().createExperiment(idempotencyKey, body)));
        }).map(text -> convert(parse(text), Experiment.class))
                .eventually(() -> listChanged("experiments"));
    }

    public Uni<Experiment> cancelExperiment(String id) {
        return Uni.createFrom().deferred(() -> {
            IdChecks.check("id", id);
            return write(() -> api().cancelExperiment(id));
        }).map(text -> convert(parse(text), Experiment.class))
                .eventually(() -> forgetExperiment(id));
    }

    /** What a change to one experiment makes out of date: every experiments list and that experiment. */
    private void forgetExperiment(String id) {
        listChanged("experiments");
        flights.invalidate(key -> key.equals("experiments/" + id));
    }

    /** What an item added to or changed in a collection makes out of date: every list of it. */
    void listChanged(String collection) {
        flights.invalidate(key -> key.startsWith(collection + "?"));
        bareLists.invalidate(collection);
    }

    private <T> Uni<Page<T>> list(String collection, ListQuery query, Class<T> type) {
        return bareLists.read(collection, query).map(body -> {
            Page<JsonNode> page = ListShaper.shape(body, query);
            List<T> items = new ArrayList<>(page.items().size());
            for (JsonNode item : page.items()) {
                items.add(convert(item, type));
            }
            return new Page<>(items, page.total());
        });
    }

    /** One list read as asked, sent upstream (shared with identical reads), parsed. */
    private Uni<JsonNode> ask(String collection, ListQuery query) {
        Map<String, String> params = params(query);
        return read(collection + "?" + new TreeMap<>(params), () -> api().list(collection, params)).map(this::parse);
    }

    private <T> Uni<T> get(String collection, String id, Class<T> type) {
        return Uni.createFrom().deferred(() -> {
            IdChecks.check("id", id);
            return read(collection + "/" + id, () -> api().get(collection, id));
        }).map(text -> object(text, type));
    }

    /** A value as JSON text, for a request's field. */
    String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A JSON object of the contract, or a malformed-answer failure. */
    <T> T object(String text, Class<T> type) {
        return read(json.readerFor(type), text);
    }

    private <T> T read(ObjectReader reader, String text) {
        // Read straight into the record, without a tree first: an evaluation's curve can be megabytes.
        if (text == null || !text.stripLeading().startsWith("{")) {
            throw UpstreamErrors.malformed();
        }
        return parse(reader, () -> reader.readValue(text));
    }

    /** The same from the answer's bytes (JSON is UTF-8): no text copy of a megabytes-long answer. */
    private <T> T read(ObjectReader reader, byte[] bytes) {
        int first = 0;
        while (bytes != null && first < bytes.length && Character.isWhitespace(bytes[first])) {
            first++;
        }
        if (bytes == null || first == bytes.length || bytes[first] != '{') {
            throw UpstreamErrors.malformed();
        }
        return parse(reader, () -> reader.readValue(bytes));
    }

    private interface Parse<T> {
        T run() throws java.io.IOException;
    }

    private static <T> T parse(ObjectReader reader, Parse<T> parse) {
        try {
            T value = parse.run();
            if (value == null) {
                throw UpstreamErrors.malformed();
            }
            return value;
        } catch (java.io.IOException | IllegalArgumentException e) {
            // A reader that refused the answer with a sentence of its own (a curve too long) keeps it.
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof UpstreamException said) {
                    throw said;
                }
            }
            throw UpstreamErrors.malformed();
        }
    }

    /** Reads in flight for the same resource share one guarded, retried call. */
    private Uni<String> read(String resource, Supplier<Uni<String>> call) {
        return flights.share(resource, () -> guarded(() -> retries.read(call)));
    }

    /** A read of something other than JSON text (a file's bytes): same retries, budget and breaker. */
    <T> Uni<T> readOther(Supplier<Uni<T>> call) {
        AtomicReference<T> answer = new AtomicReference<>();
        return guarded(() -> retries.read(call).invoke(answer::set).replaceWith(""))
                .map(ignored -> answer.get());
    }

    /** Never retried, counted once by the breaker. */
    Uni<String> write(Supplier<Uni<String>> call) {
        return guarded(() -> Uni.createFrom().deferred(call::get).onFailure().transform(UpstreamErrors::fromThrowable));
    }

    /** One logical call, retries included, is one outcome for the breaker. */
    private Uni<String> guarded(Supplier<Uni<String>> call) {
        return Uni.createFrom().deferred(() -> breaker.get(call))
                .onFailure().transform(this::failed);
    }

    /** Any failure on the way to the Training API, as the rest of this client reports it. */
    RuntimeException classify(Throwable failure) {
        return failed(failure);
    }

    private RuntimeException failed(Throwable failure) {
        RuntimeException classified = UpstreamErrors.fromThrowable(failure);
        if (classified instanceof UpstreamException upstreamFailure) {
            if (upstreamFailure.upstreamFailure() || upstreamFailure.kind() == UpstreamException.Kind.CREDENTIALS_REFUSED) {
                lastFailure.set(new TrainingApiStatus.Failure(upstreamFailure.problem().detail(),
                        Instant.now().truncatedTo(ChronoUnit.SECONDS)));
            }
            if (upstreamFailure.kind() == UpstreamException.Kind.CIRCUIT_OPEN && upstreamFailure.retryAfter().isEmpty()) {
                // The breaker lets a call through after its delay at the latest: the browser may wait that long.
                upstreamFailure = upstreamFailure.retryAfter(Math.max(1, config.breakerDelay().toSeconds()));
            }
            return config.sandbox() ? UpstreamErrors.aboutSandbox(upstreamFailure) : upstreamFailure;
        }
        return classified;
    }

    private TrainingApi api() {
        TrainingApi current = api;
        if (current == null) {
            synchronized (this) {
                if (api == null) {
                    api = build(endpoint.baseUri());
                }
                current = api;
            }
        }
        return current;
    }

    private TrainingApi build(URI baseUri) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUri)
                .connectTimeout(config.connectTimeoutMs(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeoutMs(), TimeUnit.MILLISECONDS)
                .property("io.quarkus.rest.client.connection-pool-size", config.connectionPoolSize())
                .register(new BearerToken(endpoint.token()))
                // No Accept-Encoding: a compressed answer is refused, never inflated (AnswerCap).
                .enableCompression(false)
                .httpClientRequestCustomizer(request -> AnswerCap.install(request, config.maxAnswerSize().asLongValue()))
                .build(TrainingApi.class);
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

    private String digest(Object body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body)));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
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
