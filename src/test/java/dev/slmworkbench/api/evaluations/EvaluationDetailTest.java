package dev.slmworkbench.api.evaluations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** One evaluation: names and configuration beside it, the curve thinned, what goes missing, and failures. */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class EvaluationDetailTest extends EvaluationTestBase {

    EvaluationDetailTest() {
        super("w");
    }

    private void stubRun() {
        stubs.experiment(p + "x", "Support run", p + "base", p + "train", p + "eval");
        stubs.model(p + "m", "Support tuned", "fine_tuned");
        stubs.model(p + "base", "SmolLM2", "base");
        stubs.dataset(p + "train", "Support");
        stubs.dataset(p + "eval", "Support held out");
    }

    @Test
    void detailNamesEverythingAndThinsTheCurve() {
        stubRun();
        stubs.evaluationDetail(p + "ev", EvaluationStubs.evaluation(p + "ev", p + "x", p + "m", p + "eval",
                "2026-11-02T00:00:00Z", ",\"trainingStats\":{\"runtimeSeconds\":1080,\"gpu\":\"A10G\"}"
                        + EvaluationStubs.curve(3000, 10)));

        app().get("/api/evaluations/" + p + "ev").then()
                .statusCode(200)
                .body("id", equalTo(p + "ev"))
                .body("experimentName", equalTo("Support run"))
                .body("modelName", equalTo("Support tuned"))
                .body("datasetName", equalTo("Support held out"))
                .body("createdAt", equalTo("2026-11-02T00:00:00Z"))
                .body("metrics.f1", equalTo(0.75f))
                .body("trainingStats.runtimeSeconds", equalTo(1080))
                .body("trainingStats.gpu", equalTo("A10G"))
                .body("config.learningRate", equalTo(0.0002f))
                .body("config.epochs", equalTo(3))
                .body("config.batchSize", equalTo(8))
                .body("config.baseModelId", equalTo(p + "base"))
                .body("config.baseModelName", equalTo("SmolLM2"))
                .body("config.trainingDatasetName", equalTo("Support"))
                .body("config.evaluationDatasetId", equalTo(p + "eval"))
                .body("config.evaluationDatasetName", equalTo("Support held out"))
                .body("lossCurve.totalPoints", equalTo(3000))
                .body("lossCurve.downsampled", equalTo(true))
                .body("lossCurve.points", lessThanOrEqualTo(2000))
                .body("lossCurve.train.step", hasSize(lessThanOrEqualTo(2000)))
                .body("lossCurve.train.step[0]", equalTo(1))
                .body("lossCurve.eval.step", hasSize(300))
                .body("lossCurve.eval.step[0]", equalTo(10));

        app().get("/api/evaluations/" + p + "ev?points=10").then()
                .statusCode(200)
                .body("lossCurve.points", equalTo(10))
                .body("lossCurve.train.step", hasSize(10))
                .body("lossCurve.train.epoch", hasSize(10))
                .body("lossCurve.train.loss", hasSize(10))
                .body("lossCurve.eval.step", hasSize(10))
                .body("lossCurve.train.step[9]", equalTo(3000))
                .body("lossCurve.eval.step[9]", equalTo(3000));

        app().get("/api/evaluations/" + p + "ev?points=10000").then()
                .statusCode(200)
                .body("lossCurve.downsampled", equalTo(false))
                .body("lossCurve.points", equalTo(3000));
    }

    @Test
    void unchangedDetailAnswers304() {
        stubRun();
        stubs.evaluationDetail(p + "ev", EvaluationStubs.evaluation(p + "ev", p + "x", p + "m", p + "eval",
                "2026-11-02T00:00:00Z", EvaluationStubs.curve(50, 5)));
        String tag = app().get("/api/evaluations/" + p + "ev").then().statusCode(200).extract().header("ETag");
        app().header("If-None-Match", tag).get("/api/evaluations/" + p + "ev").then().statusCode(304);
        app().header("If-None-Match", tag).get("/api/evaluations/" + p + "ev?points=20").then().statusCode(200);
    }

    @Test
    void aMissingExperimentModelOrDatasetLeavesNullsAndAbsentFieldsAreEmpty() {
        upstream.stubFor(get(urlPathMatching("/v1/(experiments|models|datasets)/.*")).willReturn(notFound()));
        stubs.evaluationDetail(p + "ev", """
                {"id":"%sev","experimentId":"%sgone","modelId":"%sgone","datasetId":"%sgone",
                 "createdAt":"2026-11-02T00:00:00Z"}""".formatted(p, p, p, p));
        app().get("/api/evaluations/" + p + "ev").then()
                .statusCode(200)
                .body("experimentId", equalTo(p + "gone"))
                .body("experimentName", nullValue())
                .body("modelName", nullValue())
                .body("datasetName", nullValue())
                .body("config", nullValue())
                .body("metrics", aMapWithSize(0))
                .body("trainingStats", aMapWithSize(0))
                .body("lossCurve.totalPoints", equalTo(0))
                .body("lossCurve.train.step", hasSize(0))
                .body("lossCurve.eval.loss", hasSize(0));
    }

    @Test
    void aMissingEvaluationIs404NamingIt() {
        upstream.stubFor(get(urlPathEqualTo("/v1/evaluations/" + p + "nope")).willReturn(notFound()));
        app().get("/api/evaluations/" + p + "nope").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Evaluation not found"))
                .body("detail", containsString("'" + p + "nope'"));
    }

    @Test
    void badIdOrPointsAre400WithoutAnUpstreamCall() {
        app().get("/api/evaluations/" + p + "ev?points=9").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("points"))
                .body("errors[0].message", equalTo("Points must be a whole number from 10 to 10000."));
        app().get("/api/evaluations/" + p + "ev?points=lots").then().statusCode(400).body("errors.field", contains("points"));
        app().get("/api/evaluations/" + p + "ev?points=10001").then().statusCode(400).body("errors.field", contains("points"));
        app().get("/api/evaluations/a%20b").then().statusCode(400).body("errors.field", contains("id"));
        upstream.verify(0, getRequestedFor(urlPathMatching("/v1/.*")));
    }

    @Test
    void upstreamFailuresAreTheStandardProblems() {
        upstream.stubFor(get(urlPathEqualTo("/v1/evaluations/" + p + "boom"))
                .willReturn(aResponse().withStatus(500).withBody("<html>stack trace at Foo.java</html>")));
        app().get("/api/evaluations/" + p + "boom").then()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.not(containsString("Foo.java")));

        upstream.stubFor(get(urlPathEqualTo("/v1/evaluations/" + p + "slow")).willReturn(okJson("{}")
                .withFixedDelay((int) WireMockUpstream.READ_TIMEOUT_MS + 500)));
        app().get("/api/evaluations/" + p + "slow").then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("title", equalTo("Training API timed out"));

        upstream.stubFor(get(urlPathEqualTo("/v1/evaluations")).willReturn(aResponse().withStatus(503)));
        app().get("/api/evaluations").then().statusCode(502).contentType("application/problem+json");
        app().get("/api/evaluations/facets").then().statusCode(502).contentType("application/problem+json");
    }
}
