package dev.slmworkbench.api.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.slmworkbench.testing.Bodies;
import dev.slmworkbench.testing.Management;
import dev.slmworkbench.testing.UpstreamTestBase;
import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class DashboardResourceTest extends UpstreamTestBase {

    @BeforeEach
    void reset() {
        training.forgetListShapes();
    }

    @AfterEach
    void noBareListCache() {
        training.bareListCacheWindow(Duration.ZERO);
        training.forgetListShapes();
    }

    private void stubList(String collection, String body) {
        upstream.stubFor(get(urlPathEqualTo("/v1/" + collection)).willReturn(okJson(body)));
    }

    private static String experiment(String id, String created) {
        return experiment(id, created, "running");
    }

    private static String experiment(String id, String created, String status) {
        return """
                {"id":"%s","name":"Run %s","status":"%s","baseModelId":"m1","trainingDatasetId":"d1",
                 "evaluationDatasetId":"d2","config":{"learningRate":0.0002,"epochs":3,"batchSize":8},
                 "createdAt":"%s","updatedAt":"%s","statusHistory":[],"evaluationIds":[],"progress":0.4,
                 "someFutureField":{"x":1}}""".formatted(id, id, status, created, created);
    }

    @Test
    void aggregatesCountsAndRecentExperiments() {
        stubList("datasets", "{\"items\":[],\"total\":3}");
        stubList("models", "{\"items\":[],\"total\":5}");
        stubList("experiments", "{\"items\":[" + experiment("e2", "2026-11-02T00:00:00Z") + ","
                + experiment("e1", "2026-11-01T00:00:00Z", "paused_by_operator") + "],\"total\":7}");

        given().when().get("/api/dashboard").then()
                .statusCode(200)
                .body("datasets.total", equalTo(3))
                .body("datasets.error", nullValue())
                .body("models.total", equalTo(5))
                .body("experiments.total", equalTo(7))
                .body("runningExperiments.total", equalTo(7))
                .body("runningExperiments.error", nullValue())
                .body("recentExperiments.items.id", contains("e2", "e1"))
                .body("recentExperiments.items[0].config.batchSize", equalTo(8))
                .body("recentExperiments.items[1].status", equalTo("paused_by_operator"))
                .body("recentExperiments.error", nullValue());

        upstream.verify(getRequestedFor(urlPathEqualTo("/v1/experiments"))
                .withQueryParam("limit", equalToParam("5"))
                .withQueryParam("sort", equalToParam("-createdAt")));
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern equalToParam(String v) {
        return com.github.tomakehurst.wiremock.client.WireMock.equalTo(v);
    }

    @Test
    void emptyUpstreamGivesZeros() {
        stubList("datasets", "{\"items\":[],\"total\":0}");
        stubList("models", "{\"items\":[],\"total\":0}");
        stubList("experiments", "{\"items\":[],\"total\":0}");

        given().when().get("/api/dashboard").then()
                .statusCode(200)
                .body("datasets.total", equalTo(0))
                .body("models.total", equalTo(0))
                .body("experiments.total", equalTo(0))
                .body("runningExperiments.total", equalTo(0))
                .body("recentExperiments.items", empty());
    }

    @Test
    void anUnchangedDashboardIsA304AndAChangeAnswersTheNewBody() {
        stubList("datasets", "{\"items\":[],\"total\":2}");
        stubList("models", "{\"items\":[],\"total\":0}");
        stubList("experiments", "{\"items\":[],\"total\":0}");
        String etag = given().when().get("/api/dashboard").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/dashboard").then().statusCode(304);

        stubList("datasets", "{\"items\":[],\"total\":3}");
        given().header("If-None-Match", etag).when().get("/api/dashboard").then()
                .statusCode(200).body("datasets.total", equalTo(3));
    }

    @Test
    void bareArrayUpstreamIsCountedSortedAndPagedHere() {
        stubBareArrays();

        given().when().get("/api/dashboard").then()
                .statusCode(200)
                .body("datasets.total", equalTo(2))
                .body("models.total", equalTo(0))
                .body("experiments.total", equalTo(8))
                .body("runningExperiments.total", equalTo(3))
                .body("recentExperiments.items.id", contains("e8", "e7", "e6", "e5", "e4"));
    }

    /** Two datasets, no models, eight experiments of which e2, e5 and e8 run. */
    private void stubBareArrays() {
        stubList("datasets", "[{\"id\":\"d1\",\"name\":\"a\"},{\"id\":\"d2\",\"name\":\"b\"}]");
        stubList("models", "[]");
        StringBuilder experiments = new StringBuilder("[");
        for (int i = 1; i <= 8; i++) {
            experiments.append(i > 1 ? "," : "").append(experiment("e" + i, "2026-11-0" + i + "T00:00:00Z",
                    i % 3 == 2 ? "running" : "completed"));
        }
        stubList("experiments", experiments.append("]").toString());
    }

    private void verifyListCalls(int each) {
        for (String collection : new String[] {"datasets", "models", "experiments"}) {
            upstream.verify(each, getRequestedFor(urlPathEqualTo("/v1/" + collection)));
        }
    }

    @Test
    void bareArrayUpstreamIsFetchedOncePerCollectionAndKeptForTheWindow() {
        stubBareArrays();
        training.bareListCacheWindow(Duration.ofMinutes(5));

        // a fresh BFF: the counts, the running count and the recent five share one fetch per collection
        given().when().get("/api/dashboard").then().statusCode(200)
                .body("experiments.total", equalTo(8))
                .body("runningExperiments.total", equalTo(3))
                .body("recentExperiments.items.id", contains("e8", "e7", "e6", "e5", "e4"));
        verifyListCalls(1);

        given().when().get("/api/dashboard").then().statusCode(200)
                .body("datasets.total", equalTo(2))
                .body("runningExperiments.total", equalTo(3));
        verifyListCalls(1);

        // the window is over: the next dashboard asks again, once per collection
        training.bareListCacheWindow(Duration.ZERO);
        given().when().get("/api/dashboard").then().statusCode(200)
                .body("experiments.total", equalTo(8));
        verifyListCalls(2);
    }

    @Test
    void aLaunchDropsTheKeptExperimentsAtOnce() {
        stubBareArrays();
        training.bareListCacheWindow(Duration.ofMinutes(5));
        given().when().get("/api/dashboard").then().statusCode(200).body("experiments.total", equalTo(8));

        upstream.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/v1/experiments"))
                .willReturn(okJson(experiment("e9", "2026-11-09T00:00:00Z", "queued")).withStatus(201)));
        stubList("experiments", "[" + experiment("e9", "2026-11-09T00:00:00Z", "queued") + "]");
        await(training.createExperiment(null, new dev.slmworkbench.training.NewExperiment(
                "Run e9", null, null, "m1", "d1", "d2", new dev.slmworkbench.training.ExperimentConfig(0.0002, 3, 8))));

        given().when().get("/api/dashboard").then().statusCode(200)
                .body("datasets.total", equalTo(2))
                .body("experiments.total", equalTo(1))
                .body("recentExperiments.items.id", contains("e9"));
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/experiments")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/datasets")));
    }

    @Test
    void pagedUpstreamIsAskedForOneItemPerCountAndNeverForEverything() {
        stubList("datasets", "{\"items\":[{\"id\":\"d1\",\"name\":\"a\"}],\"total\":120}");
        stubList("models", "{\"items\":[],\"total\":0}");
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments")).willReturn(okJson("{\"items\":["
                + experiment("e1", "2026-11-01T00:00:00Z") + "],\"total\":40}")));
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments")).withQueryParam("status", equalToParam("running"))
                .willReturn(okJson("{\"items\":[" + experiment("e1", "2026-11-01T00:00:00Z") + "],\"total\":2}")));
        training.bareListCacheWindow(Duration.ofMinutes(5));

        for (int i = 0; i < 2; i++) {
            given().when().get("/api/dashboard").then().statusCode(200)
                    .body("datasets.total", equalTo(120))
                    .body("experiments.total", equalTo(40))
                    .body("runningExperiments.total", equalTo(2));
        }
        // the read cache is off in this group: each dashboard asks each thing once, as it always did
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/datasets")).withQueryParam("limit", equalToParam("1")));
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/datasets")));
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/models")).withQueryParam("limit", equalToParam("1")));
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/models")));
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/experiments"))
                .withQueryParam("status", equalToParam("running")).withQueryParam("limit", equalToParam("1")));
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/experiments"))
                .withQueryParam("limit", equalToParam("5")).withoutQueryParam("status"));
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/experiments"))
                .withQueryParam("limit", equalToParam("1")).withoutQueryParam("status"));
        upstream.verify(6, getRequestedFor(urlPathEqualTo("/v1/experiments")));
    }

    @Test
    void aFailingRunningCountLeavesTheOtherParts() {
        stubList("datasets", "{\"items\":[],\"total\":3}");
        stubList("models", "{\"items\":[],\"total\":5}");
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments")).willReturn(okJson("{\"items\":["
                + experiment("e1", "2026-11-01T00:00:00Z") + "],\"total\":7}")));
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments")).withQueryParam("status", equalToParam("running"))
                .willReturn(aResponse().withStatus(503)));
        // learn that experiments are paged first, so the failing read is the running count's own
        learn(() -> training.experiments(dev.slmworkbench.training.ListQuery.first(1)));

        String body = given().when().get("/api/dashboard").then()
                .statusCode(200)
                .body("runningExperiments.total", nullValue())
                .body("runningExperiments.error.status", equalTo(502))
                .body("datasets.total", equalTo(3))
                .body("models.total", equalTo(5))
                .body("experiments.total", equalTo(7))
                .body("experiments.error", nullValue())
                .body("recentExperiments.items.id", contains("e1"))
                .body("recentExperiments.error", nullValue())
                .extract().asString();
        Bodies.assertNoLeak(body);
    }

    /** A read whose only purpose is to teach the client the upstream's shape; the first call after boot may be slow. */
    private static void learn(java.util.function.Supplier<io.smallrye.mutiny.Uni<?>> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                await(read.get());
                return;
            } catch (dev.slmworkbench.training.UpstreamException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static <T> T await(io.smallrye.mutiny.Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void oneFailingPartDoesNotHideTheOthers() {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets")).willReturn(aResponse().withStatus(503)));
        stubList("models", "{\"items\":[],\"total\":5}");
        stubList("experiments", "{\"items\":[],\"total\":0}");

        String body = given().when().get("/api/dashboard").then()
                .statusCode(200)
                .body("datasets.total", nullValue())
                .body("datasets.error.status", equalTo(502))
                .body("datasets.error.title", equalTo("Training API error"))
                .body("models.total", equalTo(5))
                .body("models.error", nullValue())
                .extract().asString();
        Bodies.assertNoLeak(body);
        // a GET is tried three times in all: the first call and two retries
        upstream.verify(3, getRequestedFor(urlPathEqualTo("/v1/datasets")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/models")));
    }

    @Test
    void upstreamServerErrorIs502() {
        upstream.stubFor(get(urlPathMatching("/v1/.*")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/html").withBody("<html>java.lang.NullPointerException at x</html>")));
        assertProblem(502, "Training API error");
    }

    @Test
    void malformedJsonIs502() {
        upstream.stubFor(get(urlPathMatching("/v1/.*")).willReturn(okJson("{\"items\": [")));
        assertProblem(502, "Unexpected answer from the Training API");
        // a malformed answer is not retried: asking again gives the same garbage
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/datasets")));
    }

    @Test
    void wrongShapeIs502() {
        upstream.stubFor(get(urlPathMatching("/v1/.*")).willReturn(okJson("{\"hello\":\"world\"}")));
        assertProblem(502, "Unexpected answer from the Training API");
    }

    @Test
    void connectionResetIs502() {
        upstream.stubFor(get(urlPathMatching("/v1/.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertProblem(502, "Training API error");
    }

    @Test
    void unreachableUpstreamIs503() {
        upstream.stop();
        try {
            Response r = assertProblem(503, "Training API unavailable");
            r.then().body("detail", containsString("The Training API is not reachable"));
        } finally {
            upstream.start();
        }
    }

    @Test
    void delayPastTheReadTimeoutIs504WithinTimeoutPlusOneSecond() {
        upstream.stubFor(get(urlPathMatching("/v1/.*")).willReturn(okJson("[]").withFixedDelay(3000)));
        long started = System.nanoTime();
        assertProblem(504, "Training API timed out");
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        org.hamcrest.MatcherAssert.assertThat(tookMs, lessThan(WireMockUpstream.READ_TIMEOUT_MS + 1000));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/datasets")));
    }

    @Test
    void upstreamClientErrorIsPassedOnWithFieldErrors() {
        upstream.stubFor(get(urlPathMatching("/v1/.*")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Invalid query\",\"status\":422,\"detail\":\"Sort field unknown.\","
                        + "\"errors\":[{\"field\":\"sort\",\"message\":\"Unknown field 'x'.\"}]}")));
        assertProblem(422, "Invalid query")
                .then()
                .body("detail", equalTo("Sort field unknown."))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", equalTo("Unknown field 'x'."));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/datasets")));
    }

    @Test
    void readinessStaysUpWhileTheUpstreamIsDownAndReportsItsState() {
        upstream.stubFor(get(urlPathMatching("/v1/.*")).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i <= WireMockUpstream.BREAKER_WINDOW; i++) {
            given().get("/api/dashboard");
        }
        Management.given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Training API' }.data.api", equalTo("external"))
                .body("checks.find { it.name == 'Training API' }.data.circuitBreaker", equalTo("open"))
                .body("checks.find { it.name == 'Training API' }.data.lastFailure",
                        containsString("The Training API failed to handle this request"));
        Management.given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("training_api_breaker_open 1.0"));
        training.resetBreaker();
        Management.given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'Training API' }.data.circuitBreaker", equalTo("closed"));
    }

    private Response assertProblem(int status, String title) {
        Response response = given().when().get("/api/dashboard");
        response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", equalTo(title));
        Bodies.assertNoLeak(response.asString());
        return response;
    }
}
