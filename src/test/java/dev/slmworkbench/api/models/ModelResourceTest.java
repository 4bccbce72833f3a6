package dev.slmworkbench.api.models;

import dev.slmworkbench.api.datasets.DatasetResourceTest;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.slmworkbench.testing.UpstreamTestBase;
import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class ModelResourceTest extends UpstreamTestBase {

    static String model(String id, String type, String extra) {
        return """
                {"id":"%s","name":"Model %s","type":"%s","version":"1","architecture":"llama","parameterCount":135000000,
                 "createdAt":"2026-11-01T00:00:00Z","latest":true,"metadata":{"license":"apache-2.0","layers":30}%s}"""
                .formatted(id, id, type, extra);
    }

    private void stub(String path, String body) {
        upstream.stubFor(get(urlPathEqualTo("/v1/" + path)).willReturn(okJson(body)));
    }

    private static String evaluation(String id, String model) {
        return """
                {"id":"%s","experimentId":"e1","modelId":"%s","datasetId":"d2","createdAt":"2026-11-02T00:00:00Z",
                 "metrics":{"accuracy":0.82,"f1":0.79,"perplexity":6.5},
                 "lossCurve":[{"step":1,"epoch":0.1,"trainLoss":2.1}],"trainingStats":{"steps":100}}""".formatted(id, model);
    }

    @Test
    void bothListShapesAnswerItemsAndTotal() {
        stub("models", "{\"items\":[" + model("m1", "base", "") + "],\"total\":9}");
        given().queryParam("type", "base").when().get("/api/models").then().statusCode(200)
                .body("total", equalTo(9))
                .body("items[0].parameterCount", equalTo(135000000))
                .body("items[0].metadata.layers", equalTo(30));
        upstream.verify(getRequestedFor(urlPathEqualTo("/v1/models"))
                .withQueryParam("type", com.github.tomakehurst.wiremock.client.WireMock.equalTo("base")));

        stub("models", "[" + model("m1", "base", "") + "," + model("m2", "fine_tuned", "") + ","
                + model("m3", "fine_tuned", "") + "]");
        given().queryParam("type", "fine_tuned").queryParam("sort", "-name").queryParam("limit", "1")
                .when().get("/api/models").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains("m3"));
    }

    @Test
    void aModelComesWithItsBaseModelExperimentAndEvaluationMetrics() {
        stub("models/m2", model("m2", "fine_tuned",
                ",\"baseModelId\":\"m1\",\"experimentId\":\"e1\",\"evaluationIds\":[\"ev1\",\"ev2\"]"));
        stub("models/m1", model("m1", "base", ""));
        stub("experiments/e1", "{\"id\":\"e1\",\"name\":\"Run 1\",\"status\":\"completed\",\"resultModelId\":\"m2\"}");
        stub("evaluations/ev1", evaluation("ev1", "m2"));
        stub("evaluations/ev2", evaluation("ev2", "m2"));

        given().when().get("/api/models/m2").then().statusCode(200)
                .body("model.id", equalTo("m2"))
                .body("model.evaluationIds", contains("ev1", "ev2"))
                .body("baseModel.id", equalTo("m1"))
                .body("experiment.name", equalTo("Run 1"))
                .body("evaluations.id", contains("ev1", "ev2"))
                .body("evaluations[0].datasetId", equalTo("d2"))
                .body("evaluations[0].experimentId", equalTo("e1"))
                .body("evaluations[0].metrics.accuracy", equalTo(0.82f))
                .body("evaluations[0].metrics.perplexity", equalTo(6.5f))
                .body("evaluations[0]", not(hasKey("lossCurve")))
                .body("evaluations[0]", not(hasKey("trainingStats")));
    }

    @Test
    void withoutEvaluationIdsTheEvaluationsAreAskedForByModel() {
        stub("models/m5", model("m5", "fine_tuned", ",\"experimentId\":\"e5\""));
        stub("experiments/e5", "{\"id\":\"e5\",\"name\":\"Run 5\",\"status\":\"completed\"}");
        // a bare-array upstream that ignores the filter: the BFF filters by modelId itself
        stub("evaluations", "[" + evaluation("ev5", "m5") + "," + evaluation("ev9", "m9") + "]");

        given().when().get("/api/models/m5").then().statusCode(200)
                .body("baseModel", nullValue())
                .body("experiment.id", equalTo("e5"))
                .body("evaluations.id", contains("ev5"));
        upstream.verify(getRequestedFor(urlPathEqualTo("/v1/evaluations"))
                .withQueryParam("modelId", com.github.tomakehurst.wiremock.client.WireMock.equalTo("m5")));
        upstream.verify(0, getRequestedFor(urlPathMatching("/v1/models/(?!m5).*")));
    }

    @Test
    void aMissingOrFailingLinkIsLeftEmptyWithoutFailingTheModel() {
        stub("models/m2", model("m2", "fine_tuned",
                ",\"baseModelId\":\"gone\",\"experimentId\":\"e1\",\"evaluationIds\":[\"ev1\",\"lost\",\"bad id\"]"));
        upstream.stubFor(get(urlPathEqualTo("/v1/models/gone")).willReturn(aResponse().withStatus(404)));
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments/e1")).willReturn(aResponse().withStatus(500)));
        stub("evaluations/ev1", evaluation("ev1", "m2"));
        upstream.stubFor(get(urlPathEqualTo("/v1/evaluations/lost")).willReturn(aResponse().withStatus(404)));

        given().when().get("/api/models/m2").then().statusCode(200)
                .body("model.id", equalTo("m2"))
                .body("baseModel", nullValue())
                .body("experiment", nullValue())
                .body("evaluations.id", contains("ev1"));

        stub("models/m3", model("m3", "fine_tuned", ",\"experimentId\":\"e3\""));
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments/e3")).willReturn(aResponse().withStatus(404)));
        upstream.stubFor(get(urlPathEqualTo("/v1/evaluations")).willReturn(okJson("{\"oops\":true}")));
        given().when().get("/api/models/m3").then().statusCode(200)
                .body("experiment", nullValue())
                .body("evaluations", hasSize(0));
    }

    @Test
    void theLinksAreFetchedInParallel() {
        stub("models/m2", model("m2", "fine_tuned",
                ",\"baseModelId\":\"m1\",\"experimentId\":\"e1\",\"evaluationIds\":[\"ev1\",\"ev2\"]"));
        upstream.stubFor(get(urlPathEqualTo("/v1/models/m1")).willReturn(okJson(model("m1", "base", ""))
                .withFixedDelay(600)));
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments/e1")).willReturn(okJson("{\"id\":\"e1\"}")
                .withFixedDelay(600)));
        upstream.stubFor(get(urlPathEqualTo("/v1/evaluations/ev1")).willReturn(okJson(evaluation("ev1", "m2"))
                .withFixedDelay(600)));
        upstream.stubFor(get(urlPathEqualTo("/v1/evaluations/ev2")).willReturn(okJson(evaluation("ev2", "m2"))
                .withFixedDelay(600)));

        long started = System.nanoTime();
        given().when().get("/api/models/m2").then().statusCode(200).body("evaluations", hasSize(2));
        // one after the other would take 2.4 s
        assertThat((System.nanoTime() - started) / 1_000_000, lessThan(1_500L));
    }

    @Test
    void aMissingModelIs404AndItsFailuresAreProblems() {
        upstream.stubFor(get(urlPathEqualTo("/v1/models/nope")).willReturn(aResponse().withStatus(404)));
        DatasetResourceTest.assertProblem(given().when().get("/api/models/nope"), 404, "Not found");
        upstream.verify(0, getRequestedFor(urlPathMatching("/v1/(experiments|evaluations).*")));

        upstream.stubFor(get(urlPathEqualTo("/v1/models/m7")).willReturn(aResponse().withStatus(503)));
        DatasetResourceTest.assertProblem(given().when().get("/api/models/m7"), 502, "Training API error");

        upstream.stubFor(get(urlPathEqualTo("/v1/models/m8")).willReturn(okJson("{}").withFixedDelay(3000)));
        DatasetResourceTest.assertProblem(given().when().get("/api/models/m8"), 504, "Training API timed out");

        DatasetResourceTest.assertProblem(given().when().get("/api/models/a%20b"), 400, "Invalid request");
    }
}
