package dev.slmworkbench.training.contract;

import dev.slmworkbench.training.Dataset;
import dev.slmworkbench.training.Evaluation;
import dev.slmworkbench.training.Experiment;
import dev.slmworkbench.training.ExperimentConfig;
import dev.slmworkbench.training.FieldError;
import dev.slmworkbench.training.InvalidRequestException;
import dev.slmworkbench.training.ListQuery;
import dev.slmworkbench.training.Model;
import dev.slmworkbench.training.NewExperiment;
import dev.slmworkbench.training.Page;
import dev.slmworkbench.training.UpstreamException;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import dev.slmworkbench.testing.UpstreamTestBase;
import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class TrainingClientTest extends UpstreamTestBase {

    private static final NewExperiment NEW = new NewExperiment("Run", null, null, "m1", "d1", "d2",
            new ExperimentConfig(0.0002, 3, 8));

    @Test
    void postIsNeverRetried() {
        upstream.stubFor(post(urlPathEqualTo("/v1/experiments")).willReturn(aResponse().withStatus(503)));
        UpstreamException e = assertThrows(UpstreamException.class, () -> await(training.createExperiment("key-1", NEW)));
        assertEquals(502, e.problem().status());
        upstream.verify(1, postRequestedFor(urlPathEqualTo("/v1/experiments")));
    }

    @Test
    void noCompressedAnswerIsAskedFor() {
        // A compressed answer would have to be inflated, and a small body can inflate to gigabytes.
        upstream.stubFor(get(urlPathEqualTo("/v1/models/m1")).willReturn(okJson("{\"id\":\"m1\",\"name\":\"M\"}")));
        assertEquals("M", await(training.model("m1")).name());
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/models/m1")).withoutHeader("Accept-Encoding"));
    }

    @Test
    void postSendsTheIdempotencyKeyAndReadsTheAnswer() {
        upstream.stubFor(post(urlPathEqualTo("/v1/experiments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"e1\",\"name\":\"Run\",\"status\":\"queued\",\"createdAt\":\"2026-11-01T00:00:00Z\"}")));
        Experiment created = await(training.createExperiment("key-2", NEW));
        assertEquals("queued", created.status());
        upstream.verify(1, postRequestedFor(urlPathEqualTo("/v1/experiments"))
                .withHeader("Idempotency-Key", equalTo("key-2")));
    }

    @Test
    void rejectedPostPassesFieldErrorsOn() {
        upstream.stubFor(post(urlPathEqualTo("/v1/experiments")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Validation failed\",\"status\":400,\"detail\":\"Check the fields.\","
                        + "\"errors\":[{\"field\":\"config.epochs\",\"message\":\"Epochs must be 1 to 1000.\"}]}")));
        UpstreamException e = assertThrows(UpstreamException.class, () -> await(training.createExperiment(null, NEW)));
        assertEquals(400, e.problem().status());
        assertEquals(List.of(new FieldError("config.epochs", "Epochs must be 1 to 1000.")), e.fieldErrors());
    }

    @Test
    void invalidIdsNeverReachTheUpstream() {
        for (String bad : List.of("../etc/passwd", "a b", "", "x".repeat(129), "é")) {
            assertThrows(InvalidRequestException.class, () -> await(training.dataset(bad)), bad);
        }
        assertThrows(InvalidRequestException.class, () -> await(training.cancelExperiment("a/b")));
        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void validIdIsForwarded() {
        upstream.stubFor(get(urlPathEqualTo("/v1/models/org:model-1.v2_x")).willReturn(okJson(
                "{\"id\":\"org:model-1.v2_x\",\"name\":\"M\",\"type\":\"base\",\"metadata\":{\"license\":\"MIT\",\"ctx\":4096}}")));
        Model model = await(training.model("org:model-1.v2_x"));
        assertEquals("MIT", model.metadata().get("license"));
    }

    @Test
    void bareArrayIsFilteredSearchedSortedAndPaged() {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets")).willReturn(okJson("""
                [{"id":"1","name":"Support chats","type":"training","sizeBytes":30,"createdAt":"2026-01-01T00:00:00Z"},
                 {"id":"2","name":"support eval","type":"evaluation","sizeBytes":10,"createdAt":"2026-01-02T00:00:00Z"},
                 {"id":"3","name":"Code","type":"training","sizeBytes":20,"createdAt":"2026-01-03T00:00:00Z"},
                 {"id":"4","name":"More support","type":"training","createdAt":"2026-01-04T00:00:00Z"}]""")));

        Page<Dataset> training1 = await(training.datasets(new ListQuery(0, 50, "sizeBytes", null, Map.of("type", "training"))));
        assertEquals(3, training1.total());
        assertEquals(List.of("3", "1", "4"), ids(training1), "ascending by size, missing values last");

        Page<Dataset> search = await(training.datasets(new ListQuery(1, 1, "-createdAt", "SUPPORT", Map.of())));
        assertEquals(3, search.total());
        assertEquals(List.of("2"), ids(search));

        Page<Dataset> pastTheEnd = await(training.datasets(new ListQuery(10, 5, null, null, Map.of())));
        assertEquals(4, pastTheEnd.total());
        assertEquals(List.of(), ids(pastTheEnd));
    }

    @Test
    void listParametersAreForwarded() {
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments")).willReturn(okJson("{\"items\":[],\"total\":0}")));
        await(training.experiments(new ListQuery(20, 10, "name", "bot", Map.of("status", "running"))));
        upstream.verify(getRequestedFor(urlPathEqualTo("/v1/experiments"))
                .withQueryParam("offset", equalTo("20")).withQueryParam("limit", equalTo("10"))
                .withQueryParam("sort", equalTo("name")).withQueryParam("q", equalTo("bot"))
                .withQueryParam("status", equalTo("running")));
    }

    @Test
    void badListParametersAreRefusedHere() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> await(training.datasets(new ListQuery(-1, 501, "bad field!", null, Map.of()))));
        assertEquals(List.of("offset", "limit", "sort"), e.errors().stream().map(FieldError::field).toList());
        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void breakerOpensOnAFailingUpstreamAndStopsCallingIt() {
        upstream.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(aResponse().withStatus(500)));
        // each failed call (with its retries) counts once, so a full window of failed calls opens it
        UpstreamException last = null;
        for (int i = 0; i <= WireMockUpstream.BREAKER_WINDOW && (last == null || last.kind() != UpstreamException.Kind.CIRCUIT_OPEN); i++) {
            last = assertThrows(UpstreamException.class, () -> await(training.models(ListQuery.first(1))));
        }
        assertEquals(UpstreamException.Kind.CIRCUIT_OPEN, last.kind());
        int callsBefore = upstream.findAll(getRequestedFor(urlPathEqualTo("/v1/models"))).size();
        UpstreamException open = assertThrows(UpstreamException.class, () -> await(training.models(ListQuery.first(1))));
        assertEquals(UpstreamException.Kind.CIRCUIT_OPEN, open.kind());
        assertEquals(503, open.problem().status());
        assertEquals(callsBefore, upstream.findAll(getRequestedFor(urlPathEqualTo("/v1/models"))).size());
    }

    @Test
    void clientErrorsDoNotOpenTheBreaker() {
        upstream.stubFor(get(urlPathEqualTo("/v1/models/nope")).willReturn(aResponse().withStatus(404)));
        for (int i = 0; i < 15; i++) {
            UpstreamException e = assertThrows(UpstreamException.class, () -> await(training.model("nope")));
            assertEquals(404, e.problem().status());
            assertEquals("Not found", e.problem().title());
        }
        upstream.verify(15, getRequestedFor(urlPathEqualTo("/v1/models/nope")));
    }

    @Test
    void aCallThatSucceedsOnRetryCountsOnceAndDoesNotOpenTheBreaker() {
        // Every other try fails: each call fails once, then succeeds on its retry.
        String scenario = "flaky";
        upstream.stubFor(get(urlPathEqualTo("/v1/models")).inScenario(scenario).whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("failed once"));
        upstream.stubFor(get(urlPathEqualTo("/v1/models")).inScenario(scenario).whenScenarioStateIs("failed once")
                .willReturn(okJson("{\"items\":[],\"total\":4}")).willSetStateTo(STARTED));
        for (int i = 0; i < 2 * WireMockUpstream.BREAKER_WINDOW; i++) {
            assertEquals(4, await(training.models(ListQuery.first(1))).total(), "call " + i);
        }
        assertEquals(io.smallrye.faulttolerance.api.CircuitBreakerState.CLOSED, training.status().breaker());
        upstream.verify(4 * WireMockUpstream.BREAKER_WINDOW, getRequestedFor(urlPathEqualTo("/v1/models")));
    }

    @Test
    void retriesStopAtTheTimeBudget() {
        // Each try fails slowly; three tries would take 3 x 900 ms plus pauses.
        upstream.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(aResponse().withStatus(503).withFixedDelay(900)));
        long started = System.nanoTime();
        UpstreamException e = assertThrows(UpstreamException.class, () -> await(training.models(ListQuery.first(1))));
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(502, e.problem().status(), "the last real failure, not a made-up timeout");
        assertTrue(tookMs < WireMockUpstream.READ_TIMEOUT_MS + 1000 + 300, "took " + tookMs + " ms");
    }

    @Test
    void everyCallCarriesTheTrainingApiToken() {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets")).willReturn(okJson("[]")));
        upstream.stubFor(post(urlPathEqualTo("/v1/experiments/e1/cancel")).willReturn(okJson(
                "{\"id\":\"e1\",\"name\":\"Run\",\"status\":\"cancelled\"}")));
        await(training.datasets(ListQuery.first(1)));
        await(training.cancelExperiment("e1"));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/datasets"))
                .withHeader("Authorization", equalTo("Bearer " + WireMockUpstream.TOKEN)));
        upstream.verify(1, postRequestedFor(urlPathEqualTo("/v1/experiments/e1/cancel"))
                .withHeader("Authorization", equalTo("Bearer " + WireMockUpstream.TOKEN)));
    }

    @Test
    void refusedCredentialsAreTheOperatorsProblemNotTheUsers() {
        for (int status : new int[] {401, 403}) {
            upstream.stubFor(get(urlPathEqualTo("/v1/models/m1")).willReturn(aResponse().withStatus(status)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"title\":\"Sign-in required\",\"status\":" + status + "}")));
            UpstreamException e = assertThrows(UpstreamException.class, () -> await(training.model("m1")));
            assertEquals(502, e.problem().status());
            assertEquals("Training API refused access", e.problem().title());
            assertTrue(e.problem().detail().contains("The Training API refused this app's credentials"));
            assertFalse(e.problem().detail().contains("Sign-in"));
        }
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/models/m1")));
    }

    @Test
    void fieldErrorsAreCapped() {
        StringBuilder errors = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            errors.append(i == 0 ? "" : ",").append("{\"field\":\"f").append(i).append("\",\"message\":\"bad\"}");
        }
        upstream.stubFor(post(urlPathEqualTo("/v1/experiments")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Invalid\",\"status\":400,\"errors\":[" + errors + "]}")));
        UpstreamException e = assertThrows(UpstreamException.class, () -> await(training.createExperiment(null, NEW)));
        assertEquals(50, e.fieldErrors().size());
    }

    @Test
    void idsOfDotsOnlyNeverReachTheUpstream() {
        for (String bad : List.of(".", "..", "...")) {
            assertThrows(InvalidRequestException.class, () -> await(training.experiment(bad)), bad);
        }
        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void identicalReadsInFlightShareOneUpstreamCall() {
        upstream.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(okJson("{\"items\":[],\"total\":9}")
                .withFixedDelay(300)));
        List<java.util.concurrent.CompletableFuture<Page<Model>>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(training.models(ListQuery.first(1)).subscribeAsCompletionStage());
        }
        for (var answer : answers) {
            assertEquals(9, answer.join().total());
        }
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/models")));
        // Nothing is kept afterwards: the next read asks again.
        await(training.models(ListQuery.first(1)));
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/models")));
    }

    @Test
    void anEvaluationIsSharedAndKeptParsedButABrokenOneIsNotKept() {
        Duration window = training.readCacheWindow();
        upstream.stubFor(get(urlPathEqualTo("/v1/evaluations/ev-shared")).willReturn(okJson(
                "{\"id\":\"ev-shared\",\"lossCurve\":[{\"step\":2,\"trainLoss\":0.5},{\"step\":1,\"trainLoss\":0.7}]}")
                .withFixedDelay(300)));
        upstream.stubFor(get(urlPathEqualTo("/v1/evaluations/ev-broken")).willReturn(okJson("{\"lossCurve\":[1]}")));
        try {
            var first = training.evaluation("ev-shared").subscribeAsCompletionStage();
            var second = training.evaluation("ev-shared").subscribeAsCompletionStage();
            assertSame(first.join(), second.join(), "read and parsed once");
            assertEquals(1, first.join().lossCurve().step(0));
            upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/evaluations/ev-shared")));

            training.readCacheWindow(Duration.ofSeconds(30));
            Evaluation kept = await(training.evaluation("ev-shared"));
            assertSame(kept, await(training.evaluation("ev-shared")), "kept parsed within the window");
            upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/evaluations/ev-shared")));
            for (int i = 0; i < 2; i++) {
                UpstreamException e = assertThrows(UpstreamException.class, () -> await(training.evaluation("ev-broken")));
                assertEquals(502, e.problem().status());
            }
            upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/evaluations/ev-broken")));
        } finally {
            training.readCacheWindow(window);
        }
    }

    static <T> T await(Uni<T> answer) {
        return answer.await().atMost(Duration.ofSeconds(30));
    }

    private static List<String> ids(Page<Dataset> page) {
        return page.items().stream().map(Dataset::id).toList();
    }
}
