package dev.slmworkbench.api.experiments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.slmworkbench.testing.Bodies;
import dev.slmworkbench.testing.WireMockUpstream;
import dev.slmworkbench.training.contract.TrainingClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The experiments table and detail: names, ETags, shared reads, ETA and staleness. */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class ExperimentResourceTest extends ExperimentTestBase {

    @Test
    void listResolvesNamesOncePerIdNotPerRow() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            items.append(i > 0 ? "," : "").append(experiment(p + "e" + i, "completed", p + "m", p + "d1", p + "d2", ""));
        }
        stubExperiments("{\"items\":[" + items + "],\"total\":40}");
        stubModel(p + "m", "SmolLM2", "base");
        stubDataset(p + "d1", "Support", "training");
        stubDataset(p + "d2", "Support eval", "evaluation");

        for (int poll = 0; poll < 3; poll++) {
            app().get("/api/experiments?limit=25").then()
                    .statusCode(200)
                    .body("total", org.hamcrest.Matchers.equalTo(40))
                    .body("items", hasSize(25))
                    .body("items.baseModelName", everyItem(org.hamcrest.Matchers.equalTo("SmolLM2")))
                    .body("items.trainingDatasetName", everyItem(org.hamcrest.Matchers.equalTo("Support")))
                    .body("items.evaluationDatasetName", everyItem(org.hamcrest.Matchers.equalTo("Support eval")));
        }
        upstream.verify(3, getRequestedFor(urlPathEqualTo("/v1/experiments")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/models/" + p + "m")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/datasets/" + p + "d1")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/datasets/" + p + "d2")));
        upstream.verify(0, getRequestedFor(urlPathEqualTo("/v1/models")));
    }

    @Test
    void manyUnknownDatasetsAreNamedByOneListCallAndAMissingNameIsNull() {
        StringBuilder items = new StringBuilder();
        StringBuilder datasets = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            items.append(i > 0 ? "," : "").append(experiment(p + "e" + i, "completed", p + "m", p + "tr" + i, p + "gone", ""));
            datasets.append(i > 0 ? "," : "").append(dataset(p + "tr" + i, "Train " + i, "training"));
        }
        stubExperiments("{\"items\":[" + items + "],\"total\":10}");
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets")).willReturn(okJson("{\"items\":[" + datasets + "],\"total\":10}")));
        upstream.stubFor(get(urlPathMatching("/v1/datasets/.+")).willReturn(aResponse().withStatus(404)));
        stubModel(p + "m", "SmolLM2", "base");

        for (int poll = 0; poll < 2; poll++) {
            app().get("/api/experiments?sort=name").then()
                    .statusCode(200)
                    .body("items.find { it.id == '" + p + "e3' }.trainingDatasetName", org.hamcrest.Matchers.equalTo("Train 3"))
                    .body("items.find { it.id == '" + p + "e3' }.evaluationDatasetName", nullValue())
                    .body("items.find { it.id == '" + p + "e3' }.evaluationDatasetId", org.hamcrest.Matchers.equalTo(p + "gone"));
        }
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/datasets")));
        // only the one id the list did not name is looked up alone, and a 404 is remembered
        upstream.verify(1, getRequestedFor(urlPathMatching("/v1/datasets/.+")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/datasets/" + p + "gone")));
    }

    @Test
    void listPassesFiltersAndWorksWithABareArray() {
        StringBuilder items = new StringBuilder("[");
        String[] statuses = {"running", "completed", "running", "failed", "running"};
        for (int i = 0; i < statuses.length; i++) {
            items.append(i > 0 ? "," : "").append(experiment(p + "e" + i, statuses[i], p + "m", p + "d", p + "d", ""));
        }
        stubExperiments(items.append("]").toString());
        stubModel(p + "m", "Base", "base");
        stubDataset(p + "d", "Data", "training");

        app().get("/api/experiments?status=running&sort=-name&limit=2&offset=0").then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(3))
                .body("items.id", contains(p + "e4", p + "e2"))
                .body("items[0].baseModelName", org.hamcrest.Matchers.equalTo("Base"));
        upstream.verify(getRequestedFor(urlPathEqualTo("/v1/experiments"))
                .withQueryParam("status", equalTo("running"))
                .withQueryParam("limit", equalTo("2")));
    }

    @Test
    void badListParametersAreNamed() {
        app().get("/api/experiments?limit=101&status=a%20b").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("limit", "status"));
        upstream.verify(0, anyRequestedFor(WireMock.anyUrl()));
    }

    @Test
    void unchangedPollsAnswer304AndAChangeAnswersTheNewBody() {
        stubExperiments("{\"items\":[" + experiment(p + "e1", "queued", p + "m", p + "d", p + "d", "") + "],\"total\":1}");
        stubModel(p + "m", "Base", "base");
        stubDataset(p + "d", "Data", "training");

        String tag = app().get("/api/experiments").then().statusCode(200)
                .header("ETag", notNullValue()).extract().header("ETag");
        app().header("If-None-Match", tag).get("/api/experiments").then()
                .statusCode(304)
                .header("ETag", org.hamcrest.Matchers.equalTo(tag))
                .body(emptyString());

        stubExperiments("{\"items\":[" + experiment(p + "e1", "running", p + "m", p + "d", p + "d", "") + "],\"total\":1}");
        app().header("If-None-Match", tag).get("/api/experiments").then()
                .statusCode(200)
                .header("ETag", not(tag))
                .body("items[0].status", org.hamcrest.Matchers.equalTo("running"));
    }

    @Test
    void detailAnswers304WhenUnchanged() {
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments/" + p + "e1")).willReturn(okJson(
                experiment(p + "e1", "completed", p + "m", p + "d", p + "d", ""))));
        stubModel(p + "m", "Base", "base");
        stubDataset(p + "d", "Data", "training");
        String tag = app().get("/api/experiments/" + p + "e1").then().statusCode(200)
                .body("baseModelName", org.hamcrest.Matchers.equalTo("Base"))
                .extract().header("ETag");
        app().header("If-None-Match", "W/" + tag).get("/api/experiments/" + p + "e1").then().statusCode(304);
        app().header("If-None-Match", "\"other\"").get("/api/experiments/" + p + "e1").then().statusCode(200);
    }

    @Test
    void fiftyConcurrentIdenticalPollsCostOneUpstreamCall() throws Exception {
        training.readCacheWindow(Duration.ofSeconds(30));
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments")).willReturn(okJson(
                "{\"items\":[" + experiment(p + "e1", "completed", p + "m", p + "d", p + "d", "") + "],\"total\":1}")
                .withFixedDelay(300)));
        stubModel(p + "m", "Base", "base");
        stubDataset(p + "d", "Data", "training");

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return app().get("/api/experiments?q=" + p).then().extract().statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/experiments")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/models/" + p + "m")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/datasets/" + p + "d")));
    }

    @Test
    void runningExperimentHasAnEtaAndAnOldOneIsStale() {
        Instant now = Instant.now();
        String id = p + "run";
        String history = """
                ,"progress":0.25,"statusHistory":[{"status":"queued","at":"%s"},{"status":"running","at":"%s"}]"""
                .formatted(now.minusSeconds(500), now.minusSeconds(100));
        String running = experiment(id, "running", p + "m", p + "d", p + "d", history)
                .replace("\"updatedAt\":\"2026-11-01T00:00:00Z\"", "\"updatedAt\":\"" + now.minusSeconds(5) + "\"");
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments/" + id)).willReturn(okJson(running)));
        // 100 s for a quarter: about 300 s to go
        stubExperiments("{\"items\":[" + running + "],\"total\":1}");
        app().get("/api/experiments").then().statusCode(200)
                .body("items[0].etaSeconds", nullValue())
                .body("items[0].progress", org.hamcrest.Matchers.equalTo(0.25f));
        app().get("/api/experiments/" + id).then().statusCode(200)
                .body("etaSeconds", allOf(greaterThan(290), lessThan(330)))
                .body("stale", org.hamcrest.Matchers.equalTo(false))
                .body("statusHistory", hasSize(2));

        String stuck = experiment(p + "stuck", "queued", p + "m", p + "d", p + "d", "")
                .replace("\"updatedAt\":\"2026-11-01T00:00:00Z\"", "\"updatedAt\":\"" + now.minus(Duration.ofMinutes(11)) + "\"");
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments/" + p + "stuck")).willReturn(okJson(stuck)));
        app().get("/api/experiments/" + p + "stuck").then().statusCode(200)
                .body("stale", org.hamcrest.Matchers.equalTo(true))
                .body("etaSeconds", nullValue())
                .body("$", org.hamcrest.Matchers.hasKey("etaSeconds"));

        upstream.stubFor(get(urlPathEqualTo("/v1/experiments/" + p + "old")).willReturn(okJson(
                experiment(p + "old", "completed", p + "m", p + "d", p + "d", ",\"progress\":1"))));
        app().get("/api/experiments/" + p + "old").then().statusCode(200)
                .body("stale", org.hamcrest.Matchers.equalTo(false))
                .body("etaSeconds", nullValue());
    }

    @Test
    void aRunningExperimentWithoutHistoryCountsFromItsCreation() {
        Instant now = Instant.now();
        String id = p + "nohist";
        String running = experiment(id, "running", p + "m", p + "d", p + "d", ",\"progress\":0.5")
                .replace("\"createdAt\":\"2026-11-01T00:00:00Z\"", "\"createdAt\":\"" + now.minusSeconds(60) + "\"")
                .replace("\"updatedAt\":\"2026-11-01T00:00:00Z\"", "\"updatedAt\":\"" + now + "\"");
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments/" + id)).willReturn(okJson(running)));
        app().get("/api/experiments/" + id).then().statusCode(200)
                .body("etaSeconds", allOf(greaterThan(55), lessThan(90)));

        String zero = running.replace("\"progress\":0.5", "\"progress\":0");
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments/" + id)).willReturn(okJson(zero)));
        app().get("/api/experiments/" + id).then().statusCode(200).body("etaSeconds", nullValue());
    }

    @Test
    void anUnknownExperimentIsA404Problem() {
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments/" + p + "nope")).willReturn(aResponse().withStatus(404)));
        app().get("/api/experiments/" + p + "nope").then().statusCode(404).contentType("application/problem+json");
    }
}
