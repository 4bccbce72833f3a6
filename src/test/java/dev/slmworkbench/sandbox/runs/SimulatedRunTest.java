package dev.slmworkbench.sandbox.runs;

import static dev.slmworkbench.testing.SandboxAuth.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.slmworkbench.sandbox.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs take ~2 s in tests (sandbox.run-duration); every wait polls against a deadline. */
@QuarkusTest
class SimulatedRunTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    /** The first REST Assured call in a JVM is slow; warm up so polling sees the running phase. */
    @BeforeEach
    void warmUp() {
        for (int i = 0; i < 3; i++) {
            given().when().get("/sandbox/v1/experiments/exp-seed-support").then().statusCode(200)
                    .extract().jsonPath().getString("status");
        }
    }

    private static String launch(String name, double learningRate) {
        // No validator while polling: its first use is slow enough to miss the running phase
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "baseModelId", "smollm2-135m",
                        "trainingDatasetId", "ds-seed-sentiment", "evaluationDatasetId", "ds-seed-support-eval",
                        "config", Map.of("learningRate", learningRate, "epochs", 3, "batchSize", 4)))
                .when().post("/sandbox/v1/experiments")
                .then().statusCode(201).body("status", equalTo("queued")).extract().path("id");
    }

    private static JsonPath experiment(String id) {
        return given().when().get("/sandbox/v1/experiments/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Polls until the predicate holds, collecting every state seen on the way. */
    private static JsonPath await(String id, Predicate<JsonPath> done, List<JsonPath> seen) {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < end) {
            JsonPath e = experiment(id);
            seen.add(e);
            if (done.test(e)) {
                return e;
            }
            Thread.onSpinWait();
        }
        fail("Experiment " + id + " did not get there in " + DEADLINE + "; last: " + seen.get(seen.size() - 1).prettify());
        return null;
    }

    @Test
    void aRunGoesFromQueuedThroughRunningToCompletedWithResults() {
        String name = "Sim " + UUID.randomUUID();
        String id = launch(name, 2e-4);
        List<JsonPath> seen = new ArrayList<>();
        JsonPath done = await(id, e -> e.getString("status").equals("completed"), seen);

        List<Double> progress = seen.stream().filter(e -> e.getString("status").equals("running"))
                .map(e -> e.getDouble("progress")).toList();
        assertTrue(progress.size() >= 2, "progress was observed while running: " + progress + " in "
                + seen.stream().map(e -> e.getString("status") + "@" + e.getString("updatedAt")).toList());
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress never falls: " + progress);
        }
        assertTrue(progress.get(progress.size() - 1) > progress.get(0), "progress rises: " + progress);
        assertEquals(List.of("queued", "running", "completed"), done.getList("statusHistory.status"));
        done.getList("statusHistory.message", String.class).forEach(m -> assertFalse(m.isBlank()));
        assertEquals(1.0, done.getDouble("progress"));
        given().filter(Contract.VALID).when().get("/sandbox/v1/experiments/" + id).then().statusCode(200);

        String modelId = done.getString("resultModelId");
        String evaluationId = done.getString("evaluationIds[0]");
        given().filter(Contract.VALID).when().get("/sandbox/v1/models/" + modelId)
                .then().statusCode(200)
                .body("type", equalTo("fine_tuned")).body("name", equalTo(name)).body("version", equalTo("1"))
                .body("latest", equalTo(true)).body("baseModelId", equalTo("smollm2-135m"))
                .body("experimentId", equalTo(id)).body("evaluationIds", equalTo(List.of(evaluationId)));
        given().filter(Contract.VALID).when().get("/sandbox/v1/models/smollm2-135m")
                .then().body("evaluationIds", not(hasItem(evaluationId)));

        JsonPath eval = given().filter(Contract.VALID).when().get("/sandbox/v1/evaluations/" + evaluationId)
                .then().statusCode(200).body("datasetId", equalTo("ds-seed-support-eval"))
                .body("modelId", equalTo(modelId)).body("trainingStats.gpu", equalTo("simulated"))
                .extract().jsonPath()
                // Exact doubles, not JsonPath's default floats: perplexity must equal exp(evalLoss) exactly
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        List<Map<String, Object>> curve = eval.getList("lossCurve");
        // 30 rows, batch 4, 3 epochs: 8 steps per epoch
        assertEquals(24, curve.size());
        assertEquals(24, eval.getInt("trainingStats.totalSteps"));
        curve.forEach(p -> assertNotNull(p.get("trainLoss")));
        long evalPoints = curve.stream().filter(p -> p.get("evalLoss") != null).count();
        assertTrue(evalPoints >= 2 && evalPoints < curve.size(), "eval loss every few steps: " + evalPoints);
        double lastEval = ((Number) curve.get(curve.size() - 1).get("evalLoss")).doubleValue();
        assertEquals(Math.exp(lastEval), eval.getDouble("metrics.perplexity"));
        double firstTrain = ((Number) curve.get(0).get("trainLoss")).doubleValue();
        double lastTrain = ((Number) curve.get(curve.size() - 1).get("trainLoss")).doubleValue();
        assertTrue(lastTrain < firstTrain, "loss falls: " + firstTrain + " -> " + lastTrain);
        double accuracy = eval.getDouble("metrics.accuracy");
        double f1 = eval.getDouble("metrics.f1");
        assertTrue(accuracy > 0 && accuracy <= 1 && f1 > 0 && f1 <= 1, accuracy + " " + f1);
        given().filter(Contract.VALID).queryParam("modelId", modelId).when().get("/sandbox/v1/evaluations")
                .then().body("total", equalTo(1)).body("items[0]", not(org.hamcrest.Matchers.hasKey("lossCurve")));

        // A second run of the same name makes version 2 the only latest
        String second = launch(name, 3e-4);
        JsonPath secondDone = await(second, e -> e.getString("status").equals("completed"), new ArrayList<>());
        given().filter(Contract.VALID).queryParam("q", name).queryParam("type", "fine_tuned").queryParam("sort", "version")
                .when().get("/sandbox/v1/models")
                .then().body("total", equalTo(2)).body("items.version", equalTo(List.of("1", "2")))
                .body("items.latest", equalTo(List.of(false, true)))
                .body("items[1].id", equalTo(secondDone.getString("resultModelId")));
    }

    @Test
    void aTooHighLearningRateDivergesAndFails() {
        String id = launch("Diverging " + UUID.randomUUID(), 0.05);
        JsonPath failed = await(id, e -> !e.getString("status").matches("queued|running"), new ArrayList<>());
        assertEquals("failed", failed.getString("status"));
        assertThat(failed.getString("error"), "Training diverged: loss became NaN at step");
        assertThat(failed.getString("statusHistory[-1].message"), "lower the learning rate");
        assertEquals(null, failed.getString("resultModelId"));
        given().filter(Contract.VALID).when().post("/sandbox/v1/experiments/" + id + "/cancel").then().statusCode(409)
                .body("detail", containsString("failed"));
    }

    private static void assertThat(String actual, String part) {
        assertTrue(actual != null && actual.contains(part), actual);
    }
}
