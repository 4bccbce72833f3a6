package dev.slmworkbench.api.evaluations;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluations table: filters passed upstream, names without a call per row, search over names, 304, bad ids. */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class EvaluationListTest extends EvaluationTestBase {

    EvaluationListTest() {
        super("v");
    }

    @Test
    void filtersAndPagingGoUpstreamAndNamesCostOneCallPerIdNotPerRow() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(ev(i, i % 2 == 0 ? "x1" : "x2", i % 2 == 0 ? "m1" : "m2", "d1"));
        }
        stubs.evaluations(EvaluationStubs.page(rows, 60));
        stubs.experiment(p + "x1", "Alpha run", p + "base", p + "d0", p + "d1");
        stubs.experiment(p + "x2", "Beta run", p + "base", p + "d0", p + "d1");
        stubs.model(p + "m1", "Alpha model", "fine_tuned");
        stubs.model(p + "m2", "Beta model", "fine_tuned");
        stubs.dataset(p + "d1", "Held out");

        for (int poll = 0; poll < 3; poll++) {
            app().get("/api/evaluations?experimentId=" + p + "x1&modelId=" + p + "m1&datasetId=" + p
                    + "d1&sort=createdAt&offset=25&limit=25").then()
                    .statusCode(200)
                    .body("total", org.hamcrest.Matchers.equalTo(60))
                    .body("items", hasSize(25))
                    .body("items[0].id", org.hamcrest.Matchers.equalTo(p + "ev0"))
                    .body("items[0].experimentName", org.hamcrest.Matchers.equalTo("Alpha run"))
                    .body("items[1].experimentName", org.hamcrest.Matchers.equalTo("Beta run"))
                    .body("items[0].modelName", org.hamcrest.Matchers.equalTo("Alpha model"))
                    .body("items.datasetName", everyItem(org.hamcrest.Matchers.equalTo("Held out")))
                    .body("items[0].metrics.accuracy", org.hamcrest.Matchers.equalTo(0.8125f))
                    .body("items[0].createdAt", org.hamcrest.Matchers.equalTo("2026-11-01T00:00:00Z"));
        }
        upstream.verify(3, getRequestedFor(urlPathEqualTo("/v1/evaluations"))
                .withQueryParam("experimentId", equalTo(p + "x1"))
                .withQueryParam("modelId", equalTo(p + "m1"))
                .withQueryParam("datasetId", equalTo(p + "d1"))
                .withQueryParam("sort", equalTo("createdAt"))
                .withQueryParam("offset", equalTo("25"))
                .withQueryParam("limit", equalTo("25")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/experiments/" + p + "x1")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/experiments/" + p + "x2")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/models/" + p + "m1")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/datasets/" + p + "d1")));
    }

    @Test
    void manyUnknownExperimentsAndFineTunedModelsAreNamedByOneListCallEach() {
        List<String> rows = new ArrayList<>();
        List<String> experiments = new ArrayList<>();
        List<String> models = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(ev(i, "x" + i, "m" + i, "d1"));
            experiments.add("{\"id\":\"%sx%d\",\"name\":\"Run %d\",\"status\":\"completed\"}".formatted(p, i, i));
            models.add(EvaluationStubs.model(p + "m" + i, "Tuned " + i, "fine_tuned", true));
        }
        stubs.evaluations(EvaluationStubs.page(rows, 10));
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments")).willReturn(okJson(EvaluationStubs.page(experiments, 10))));
        // a bare array: the minimal Training API's shape
        upstream.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(okJson("[" + String.join(",", models) + "]")));
        stubs.dataset(p + "d1", "Held out");

        app().get("/api/evaluations").then()
                .statusCode(200)
                .body("items", hasSize(10))
                .body("items.experimentName", contains("Run 0", "Run 1", "Run 2", "Run 3", "Run 4", "Run 5", "Run 6",
                        "Run 7", "Run 8", "Run 9"))
                .body("items[3].modelName", org.hamcrest.Matchers.equalTo("Tuned 3"));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/experiments")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/models")));
        upstream.verify(0, getRequestedFor(urlPathMatching("/v1/experiments/.+")));
        upstream.verify(0, getRequestedFor(urlPathMatching("/v1/models/.+")));
        // the default paging and order of the contract
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/evaluations"))
                .withQueryParam("limit", equalTo("25")).withQueryParam("offset", equalTo("0"))
                .withQueryParam("sort", equalTo("-createdAt")));
    }

    @Test
    void searchMatchesExperimentModelOrDatasetNamesAndPagesTheMatches() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(ev(i, i < 3 ? "x1" : "x2", i == 5 ? "m2" : "m1", i == 4 ? "d2" : "d1"));
        }
        stubs.evaluations(EvaluationStubs.page(rows, 6));
        stubs.experiment(p + "x1", "Support Alpha", p + "b", p + "d0", p + "d1");
        stubs.experiment(p + "x2", "Sentiment", p + "b", p + "d0", p + "d1");
        stubs.model(p + "m1", "Tuned one", "fine_tuned");
        stubs.model(p + "m2", "ALPHA tuned", "fine_tuned");
        stubs.dataset(p + "d1", "Held out");
        stubs.dataset(p + "d2", "alphabet soup");

        app().get("/api/evaluations?q=alpha&limit=2").then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(5))
                .body("items.id", contains(p + "ev0", p + "ev1"));
        app().queryParam("q", " Alpha ").get("/api/evaluations?offset=2&limit=10").then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(5))
                .body("items.id", contains(p + "ev2", p + "ev4", p + "ev5"));
        app().get("/api/evaluations?q=nothing-like-this").then()
                .statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0)).body("items", hasSize(0));
        // the search never goes upstream (evaluations have no name there); the scan reads 500 at a time
        upstream.verify(0, getRequestedFor(urlPathEqualTo("/v1/evaluations")).withQueryParam("q", com.github.tomakehurst.wiremock.client.WireMock.matching(".*")));
        upstream.verify(3, getRequestedFor(urlPathEqualTo("/v1/evaluations")).withQueryParam("limit", equalTo("500")));
    }

    @Test
    void aBareArrayUpstreamIsFilteredSortedAndPagedHere() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rows.add(ev(i, i < 5 ? "x1" : "x2", "m1", "d1"));
        }
        stubs.evaluations("[" + String.join(",", rows) + "]");
        stubs.experiment(p + "x1", "First", p + "b", p + "d0", p + "d1");
        stubs.experiment(p + "x2", "Second", p + "b", p + "d0", p + "d1");
        stubs.model(p + "m1", "Tuned", "fine_tuned");
        stubs.dataset(p + "d1", "Held out");

        app().get("/api/evaluations?experimentId=" + p + "x1&limit=2&offset=1").then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(5))
                .body("items.id", contains(p + "ev3", p + "ev2"));
        app().get("/api/evaluations?q=second").then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(3))
                .body("items.id", contains(p + "ev7", p + "ev6", p + "ev5"));
    }

    @Test
    void unchangedPollsAnswer304() {
        stubs.evaluations(EvaluationStubs.page(List.of(ev(1, "x1", "m1", "d1")), 1));
        stubs.experiment(p + "x1", "First", p + "b", p + "d0", p + "d1");
        String tag = app().get("/api/evaluations").then().statusCode(200).extract().header("ETag");
        app().header("If-None-Match", tag).get("/api/evaluations").then().statusCode(304);
        stubs.evaluations(EvaluationStubs.page(List.of(ev(1, "x1", "m1", "d1"), ev(2, "x1", "m1", "d1")), 2));
        app().header("If-None-Match", tag).get("/api/evaluations").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.modelName", everyItem(nullValue()));
    }

    @Test
    void badIdsAndListParametersAre400WithFieldErrorsAndNoUpstreamCall() {
        app().get("/api/evaluations?experimentId=a/b&modelId=..&datasetId=" + "x".repeat(129) + "&limit=101").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("experimentId", "modelId", "datasetId", "limit"));
        app().get("/api/evaluations/facets?modelId=bad%20id").then()
                .statusCode(400).body("errors.field", contains("modelId"));
        app().get("/api/evaluations?sort=created;drop").then()
                .statusCode(400).body("errors.field", contains("sort"));
        upstream.verify(0, getRequestedFor(urlPathMatching("/v1/.*")));
    }
}
