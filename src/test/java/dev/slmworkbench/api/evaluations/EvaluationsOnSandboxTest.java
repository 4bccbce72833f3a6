package dev.slmworkbench.api.evaluations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The seeded example evaluation through the whole path: BFF, REST client over HTTP, embedded sandbox. */
@QuarkusTest
class EvaluationsOnSandboxTest {

    private static final String SEEDED = "eval-seed-support-1";

    private static RequestSpecification app() {
        return given().header("X-Requested-With", "slm-workbench");
    }

    @Test
    void theSeededEvaluationIsListedNamedChartedAndExported() {
        app().get("/api/evaluations?q=support&limit=100").then()
                .statusCode(200)
                .body("items.id", hasItem(SEEDED))
                .body("items.find { it.id == '" + SEEDED + "' }.experimentName", equalTo("SmolLM2 support assistant"));
        app().get("/api/evaluations/facets").then()
                .statusCode(200)
                .body("experiments.name", hasItem("SmolLM2 support assistant"))
                .body("complete", equalTo(true));
        app().get("/api/evaluations/" + SEEDED).then()
                .statusCode(200)
                .body("experimentName", equalTo("SmolLM2 support assistant"))
                .body("modelName", notNullValue())
                .body("datasetName", equalTo("Support answers (held out)"))
                .body("config.baseModelName", equalTo("SmolLM2-135M"))
                .body("lossCurve.totalPoints", greaterThan(0))
                .body("lossCurve.train.step.size()", greaterThan(0));

        String csv = app().get("/api/evaluations/export.csv?ids=" + SEEDED).then()
                .statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals("evaluationId,experiment,model,dataset,kind,name,step,epoch,value", lines[0]);
        assertTrue(Arrays.stream(lines).anyMatch(l -> l.startsWith(SEEDED + ",SmolLM2 support assistant,")
                && l.contains(",trainLoss,")), "curve rows");
        assertTrue(Arrays.stream(lines).anyMatch(l -> l.contains(",config,baseModel,,,SmolLM2-135M")), "config rows");
    }

    @Test
    void theSandboxSortsByEachMetricAndTheBffKeepsItsOrder() throws InterruptedException {
        launchAndAwaitEvaluation(5e-4);
        for (String sort : new String[] {"-accuracy", "accuracy", "-f1", "perplexity", "evalLoss"}) {
            List<Float> sandbox = dev.slmworkbench.testing.SandboxAuth.given().filter(dev.slmworkbench.sandbox.Contract.VALID)
                    .get("/sandbox/v1/evaluations?limit=500&sort=" + sort).then().statusCode(200)
                    .extract().path(path(sort));
            List<Float> bff = app().get("/api/evaluations?limit=100&sort=" + sort).then().statusCode(200)
                    .extract().path(path(sort).replace("trainingStats.finalEvalLoss", "evalLoss"));
            assertTrue(sandbox.size() >= 2, "at least two evaluations to order");
            assertOrdered(sandbox, sort);
            assertOrdered(bff, sort);
            assertEquals(sandbox.subList(0, Math.min(100, sandbox.size())), bff, sort);
        }
        // the newest run says at which step its metrics were measured; the detail passes it on
        String newest = app().get("/api/evaluations?sort=-createdAt&limit=1").then().statusCode(200).extract().path("items[0].id");
        app().get("/api/evaluations/" + newest).then().statusCode(200)
                .body("step", greaterThan(0)).body("evalLoss", greaterThan(0f)).body("evalLossStep", greaterThan(0));
    }

    private static String path(String sort) {
        String field = sort.replace("-", "");
        return field.equals("evalLoss") ? "items.trainingStats.finalEvalLoss" : "items.metrics." + field;
    }

    private static void assertOrdered(List<Float> values, String sort) {
        for (int i = 1; i < values.size(); i++) {
            int c = Float.compare(values.get(i - 1), values.get(i));
            assertTrue(sort.startsWith("-") ? c >= 0 : c <= 0, sort + " in order: " + values);
        }
    }

    /** One more finished sandbox run (2 s in tests), so there is an order to check. */
    private static void launchAndAwaitEvaluation(double learningRate) throws InterruptedException {
        Map<String, Object> base = app().get("/api/models?type=base&limit=1").then().statusCode(200).extract().path("items[0]");
        Map<String, Object> training = app().get("/api/datasets?type=training&limit=1").then().statusCode(200).extract().path("items[0]");
        Map<String, Object> evaluation = app().get("/api/datasets?type=evaluation&limit=1").then().statusCode(200).extract().path("items[0]");
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Sort run " + System.nanoTime());
        body.put("baseModelId", base.get("id"));
        body.put("trainingDatasetId", training.get("id"));
        body.put("evaluationDatasetId", evaluation.get("id"));
        body.put("config", Map.of("learningRate", learningRate, "epochs", 1, "batchSize", 8));
        String id = app().header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json").body(body)
                .post("/api/experiments").then().statusCode(201).extract().path("id");
        for (int i = 0; i < 120; i++) {
            List<String> ids = app().get("/api/experiments/" + id).then().statusCode(200).extract().path("evaluationIds");
            if (ids != null && !ids.isEmpty()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the sandbox run " + id + " made no evaluation within 30 s");
    }
}
