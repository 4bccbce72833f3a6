package dev.slmworkbench.api.evaluations;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;

/** Training API answers for the evaluations tests: JSON of the contract's shapes, stubbed on WireMock. */
public final class EvaluationStubs {

    private static volatile boolean warm;
    private final WireMockServer upstream;

    EvaluationStubs(WireMockServer upstream) {
        this.upstream = upstream;
    }

    /**
     * The first upstream call of a fresh app loads the HTTP client's classes, which on a loaded
     * machine takes longer than this group's 1 s read timeout: made once, before any test counts calls.
     */
    static void warmUp() {
        if (!warm) {
            for (int i = 0; i < 3; i++) {
                io.restassured.RestAssured.given().header("X-Requested-With", "slm-workbench")
                        .get("/api/evaluations/warm-up").then().extract().statusCode();
            }
            warm = true;
        }
    }

    public static String evaluation(String id, String experiment, String model, String dataset, String createdAt,
            String extra) {
        return """
                {"id":"%s","experimentId":"%s","modelId":"%s","datasetId":"%s","createdAt":"%s",
                 "metrics":{"accuracy":0.8125,"f1":0.75,"perplexity":7.5}%s}"""
                .formatted(id, experiment, model, dataset, createdAt, extra);
    }

    /** A curve of {@code n} steps from step 1, an eval loss every {@code evalEvery} steps. */
    public static String curve(int n, int evalEvery) {
        StringBuilder out = new StringBuilder(",\"lossCurve\":[");
        for (int i = 1; i <= n; i++) {
            double loss = 2.0 / (1 + i / 50.0) + 0.1;
            out.append(i > 1 ? "," : "").append("{\"step\":").append(i).append(",\"epoch\":")
                    .append(i * 3.0 / n).append(",\"trainLoss\":").append(loss);
            if (evalEvery > 0 && i % evalEvery == 0) {
                out.append(",\"evalLoss\":").append(loss + 0.05);
            }
            out.append('}');
        }
        return out.append(']').toString();
    }

    static String page(List<String> items, long total) {
        return "{\"items\":[" + String.join(",", items) + "],\"total\":" + total + "}";
    }

    void evaluations(String body) {
        upstream.stubFor(get(urlPathEqualTo("/v1/evaluations")).willReturn(okJson(body)));
    }

    public void evaluationDetail(String id, String body) {
        upstream.stubFor(get(urlPathEqualTo("/v1/evaluations/" + id)).willReturn(okJson(body)));
    }

    public void experiment(String id, String name, String model, String train, String eval) {
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments/" + id)).willReturn(okJson("""
                {"id":"%s","name":"%s","status":"completed","baseModelId":"%s","trainingDatasetId":"%s",
                 "evaluationDatasetId":"%s","config":{"learningRate":0.0002,"epochs":3,"batchSize":8},
                 "createdAt":"2026-11-01T00:00:00Z","updatedAt":"2026-11-01T00:00:00Z","evaluationIds":[]}"""
                .formatted(id, name, model, train, eval))));
    }

    public void model(String id, String name, String type) {
        upstream.stubFor(get(urlPathEqualTo("/v1/models/" + id)).willReturn(okJson(model(id, name, type, true))));
    }

    public static String model(String id, String name, String type, boolean unused) {
        return """
                {"id":"%s","name":"%s","type":"%s","version":"1","architecture":"x","parameterCount":1,
                 "createdAt":"2026-01-01T00:00:00Z","latest":true,"metadata":{}}""".formatted(id, name, type);
    }

    public void dataset(String id, String name) {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/" + id)).willReturn(okJson("""
                {"id":"%s","name":"%s","type":"evaluation","format":"csv","fileName":"f.csv","sizeBytes":1,
                 "rowCount":1,"createdAt":"2026-01-01T00:00:00Z"}""".formatted(id, name))));
    }
}
