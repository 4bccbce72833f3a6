package dev.slmworkbench.api.evaluations.export;

import dev.slmworkbench.api.evaluations.EvaluationStubs;
import dev.slmworkbench.api.evaluations.EvaluationTestBase;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV export: tidy rows, escaping and the formula guard, full long curves, and refusals before the first byte. */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class EvaluationExportTest extends EvaluationTestBase {

    EvaluationExportTest() {
        super("c");
    }

    @Test
    void tidyRowsWithEscapedNamesAndTheFormulaGuard() {
        stubs.experiment(p + "x", "Run, \\\"quoted\\\"", p + "base", p + "train", p + "eval");
        stubs.model(p + "m", "=HYPERLINK(1)", "fine_tuned");
        stubs.model(p + "base", "SmolLM2", "base");
        stubs.dataset(p + "train", "-train");
        stubs.dataset(p + "eval", "Held out");
        stubs.evaluationDetail(p + "ev", EvaluationStubs.evaluation(p + "ev", p + "x", p + "m", p + "eval",
                "2026-11-02T00:00:00Z", ",\"trainingStats\":{\"gpu\":\"@A10G\",\"runtimeSeconds\":12}"
                        + ",\"lossCurve\":[{\"step\":1,\"epoch\":0.5,\"trainLoss\":-0.5},"
                        + "{\"step\":2,\"epoch\":1.0,\"trainLoss\":0.25,\"evalLoss\":0.3}]"));

        Response answer = app().get("/api/evaluations/export.csv?ids=" + p + "ev");
        answer.then().statusCode(200)
                .header("Content-Type", equalTo("text/csv; charset=utf-8"))
                .header("Content-Disposition", equalTo("attachment; filename=\"evaluations.csv\""));
        String prefix = p + "ev,\"Run, \"\"quoted\"\"\",'=HYPERLINK(1),Held out,";
        assertEquals(List.of(
                "evaluationId,experiment,model,dataset,kind,name,step,epoch,value",
                prefix + "metric,accuracy,,,0.8125",
                prefix + "metric,f1,,,0.75",
                prefix + "metric,perplexity,,,7.5",
                prefix + "stat,gpu,,,'@A10G",
                prefix + "stat,runtimeSeconds,,,12",
                prefix + "config,learningRate,,,0.0002",
                prefix + "config,epochs,,,3",
                prefix + "config,batchSize,,,8",
                prefix + "config,baseModel,,,SmolLM2",
                prefix + "config,trainingDataset,,,'-train",
                prefix + "config,evaluationDataset,,,Held out",
                prefix + "trainLoss,trainLoss,1,0.5,-0.5",
                prefix + "trainLoss,trainLoss,2,1,0.25",
                prefix + "evalLoss,evalLoss,2,1,0.3"), Arrays.asList(answer.asString().split("\r\n")));
    }

    @Test
    void curveRowsComeInStepOrderWithoutPointsThatHaveNoStep() {
        stubs.evaluationDetail(p + "ev", EvaluationStubs.evaluation(p + "ev", p + "gone", p + "m", p + "d",
                "2026-11-02T00:00:00Z", ",\"lossCurve\":[{\"step\":3,\"trainLoss\":0.3,\"evalLoss\":0.35},"
                        + "{\"epoch\":1,\"trainLoss\":9},null,{\"step\":\"1\",\"epoch\":0.5,\"trainLoss\":\"0.1\",\"x\":[1]},"
                        + "{\"step\":2,\"epoch\":null,\"trainLoss\":null,\"evalLoss\":0.25}]"));
        String body = app().get("/api/evaluations/export.csv?ids=" + p + "ev").then().statusCode(200).extract().asString();
        List<String> curve = Arrays.stream(body.split("\r\n")).filter(l -> l.contains("Loss,")).toList();
        String prefix = p + "ev," + p + "gone," + p + "m," + p + "d,";
        assertEquals(List.of(
                prefix + "trainLoss,trainLoss,1,0.5,0.1",
                prefix + "trainLoss,trainLoss,3,,0.3",
                prefix + "evalLoss,evalLoss,2,,0.25",
                prefix + "evalLoss,evalLoss,3,,0.35"), curve);
    }

    @Test
    void longCurvesComeWholeOneEvaluationAfterTheOther() {
        stubs.experiment(p + "x", "Long run", p + "base", p + "train", p + "eval");
        for (String id : List.of("a", "b")) {
            stubs.evaluationDetail(p + id, EvaluationStubs.evaluation(p + id, p + "x", p + "m", p + "eval",
                    "2026-11-02T00:00:00Z", EvaluationStubs.curve(20_000, 100)));
        }
        String body = app().get("/api/evaluations/export.csv?ids=" + p + "a," + p + "b").then()
                .statusCode(200).extract().asString();
        String[] lines = body.split("\r\n");
        // header + per evaluation: 3 metrics, 6 config, 20,000 train and 200 eval points
        assertEquals(1 + 2 * (3 + 6 + 20_000 + 200), lines.length);
        long trainOfA = Arrays.stream(lines).filter(l -> l.startsWith(p + "a,") && l.contains(",trainLoss,")).count();
        assertEquals(20_000, trainOfA);
        assertTrue(lines[lines.length - 1].startsWith(p + "b,Long run,"), "b after a");
        assertTrue(lines[lines.length - 1].contains(",evalLoss,evalLoss,20000,3,"), lines[lines.length - 1]);
        // each evaluation is looked up once before the first byte and fetched once while streaming
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/evaluations/" + p + "a")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/experiments/" + p + "x")));
    }

    @Test
    void missingOrBadIdsAreRefusedBeforeTheFirstByte() {
        stubs.evaluationDetail(p + "ok", EvaluationStubs.evaluation(p + "ok", p + "x", p + "m", p + "d",
                "2026-11-02T00:00:00Z", ""));
        upstream.stubFor(get(urlPathEqualTo("/v1/evaluations/" + p + "gone")).willReturn(notFound()));
        app().get("/api/evaluations/export.csv?ids=" + p + "ok," + p + "gone").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("'" + p + "gone'"));

        app().get("/api/evaluations/export.csv").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("ids"));
        app().queryParam("ids", ", ,").get("/api/evaluations/export.csv").then().statusCode(400).body("errors.field", contains("ids"));
        app().queryParam("ids", "ok,bad id").get("/api/evaluations/export.csv").then().statusCode(400)
                .body("errors.field", contains("ids")).body("errors[0].message", containsString("'bad id'"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            many.append(i > 0 ? "," : "").append("e").append(i);
        }
        app().get("/api/evaluations/export.csv?ids=" + many).then().statusCode(400)
                .body("errors[0].message", equalTo("Export at most 50 evaluations at once."));
        upstream.verify(0, getRequestedFor(urlPathMatching("/v1/evaluations/e.*")));
    }
}
