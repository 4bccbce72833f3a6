package dev.slmworkbench.api.evaluations;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filters' choices: each narrowed by the other two filters, sorted by name, and the scan's limits. */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class EvaluationFacetsTest extends EvaluationTestBase {

    EvaluationFacetsTest() {
        super("f");
    }

    private void stubFourEvaluationsAsABareArray() {
        stubs.evaluations("[" + String.join(",", ev(1, "x1", "m1", "d1"), ev(2, "x1", "m2", "d1"),
                ev(3, "x2", "m3", "d2"), ev(4, "x2", "m1", "d2")) + "]");
        stubs.experiment(p + "x1", "Beta run", p + "b", p + "t", p + "d1");
        stubs.experiment(p + "x2", "alpha run", p + "b", p + "t", p + "d2");
        stubs.model(p + "m1", "Zed", "fine_tuned");
        stubs.model(p + "m2", "Alpha tuned", "fine_tuned");
        stubs.dataset(p + "d1", "One");
        stubs.dataset(p + "d2", "Two");
    }

    @Test
    void withoutFiltersEveryValueOnceSortedByNameThenIdAndOneScan() {
        stubFourEvaluationsAsABareArray();
        app().get("/api/evaluations/facets").then()
                .statusCode(200)
                .body("experiments.id", contains(p + "x2", p + "x1"))
                .body("experiments.name", contains("alpha run", "Beta run"))
                .body("models.id", contains(p + "m2", p + "m1", p + "m3"))
                .body("models[2].name", nullValue())
                .body("datasets.name", contains("One", "Two"))
                .body("complete", org.hamcrest.Matchers.equalTo(true));
        // the three lists need the same evaluations here: read once
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/evaluations")));
    }

    @Test
    void choosingAnExperimentNarrowsModelsAndDatasetsButNotExperiments() {
        stubFourEvaluationsAsABareArray();
        app().get("/api/evaluations/facets?experimentId=" + p + "x1").then()
                .statusCode(200)
                .body("experiments.id", contains(p + "x2", p + "x1"))
                .body("models.id", contains(p + "m2", p + "m1"))
                .body("datasets.id", contains(p + "d1"));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/evaluations"))
                .withQueryParam("experimentId", equalTo(p + "x1")).withQueryParam("limit", equalTo("500")));
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/evaluations")));

        app().get("/api/evaluations/facets?experimentId=" + p + "x1&modelId=" + p + "m1").then()
                .statusCode(200)
                .body("experiments.id", contains(p + "x2", p + "x1"))
                .body("models.id", contains(p + "m2", p + "m1"))
                .body("datasets.id", contains(p + "d1"));
    }

    private void stubPages(long total, int pages) {
        for (int page = 0; page < pages; page++) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < EvaluationScans.PAGE; i++) {
                items.add(ev(page * EvaluationScans.PAGE + i, "x" + page, "m1", "d1"));
            }
            upstream.stubFor(get(urlPathEqualTo("/v1/evaluations"))
                    .withQueryParam("offset", equalTo(Integer.toString(page * EvaluationScans.PAGE)))
                    .willReturn(okJson(EvaluationStubs.page(items, total))));
        }
    }

    @Test
    void theScanReads500AtATimeAndStopsAt5000() {
        stubPages(6000, 12);
        app().get("/api/evaluations/facets").then()
                .statusCode(200)
                .body("complete", org.hamcrest.Matchers.equalTo(false))
                .body("experiments.id", contains(p + "x0", p + "x1", p + "x2", p + "x3", p + "x4", p + "x5", p + "x6",
                        p + "x7", p + "x8", p + "x9"));
        upstream.verify(10, getRequestedFor(urlPathEqualTo("/v1/evaluations")).withQueryParam("limit", equalTo("500")));
        upstream.verify(0, getRequestedFor(urlPathEqualTo("/v1/evaluations")).withQueryParam("offset", equalTo("5000")));
    }

    @Test
    void aScanOfEverythingIsComplete() {
        stubPages(1500, 3);
        app().get("/api/evaluations/facets?datasetId=" + p + "d1").then()
                .statusCode(200)
                .body("complete", org.hamcrest.Matchers.equalTo(true))
                .body("experiments.id", contains(p + "x0", p + "x1", p + "x2"))
                .body("datasets.id", contains(p + "d1"));
        // datasets: no filter; experiments and models: datasetId -- two scans of three pages
        upstream.verify(6, getRequestedFor(urlPathEqualTo("/v1/evaluations")));
    }

    @Test
    void anUpstreamFailureIsOneProblemAndNothingIsDroppedOnTheWay() {
        List<Throwable> dropped = new java.util.concurrent.CopyOnWriteArrayList<>();
        io.smallrye.mutiny.infrastructure.Infrastructure.setDroppedExceptionHandler(dropped::add);
        try {
            upstream.stubFor(get(urlPathEqualTo("/v1/evaluations"))
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
            // No filter: the three facets share one scan. One filter: two scans, both failing.
            for (String query : List.of("", "?datasetId=" + p + "d1")) {
                app().get("/api/evaluations/facets" + query).then()
                        .statusCode(502)
                        .contentType("application/problem+json");
            }
            org.junit.jupiter.api.Assertions.assertEquals(List.of(), dropped,
                    "failures reported as dropped (an ERROR with a stack trace in the log)");
        } finally {
            // A shared scan whose answer nobody waits for any more still retries; let it finish
            // before the next test counts the upstream's requests.
            awaitQuietUpstream();
            io.smallrye.mutiny.infrastructure.Infrastructure.resetDroppedExceptionHandler();
        }
    }

    private void awaitQuietUpstream() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        int seen = -1;
        while (System.nanoTime() < deadline) {
            int now = upstream.getAllServeEvents().size();
            if (now == seen) {
                return;
            }
            seen = now;
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
