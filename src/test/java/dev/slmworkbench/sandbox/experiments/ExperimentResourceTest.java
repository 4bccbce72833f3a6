package dev.slmworkbench.sandbox.experiments;

import static dev.slmworkbench.testing.SandboxAuth.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.sandbox.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ExperimentResourceTest {

    static Map<String, Object> body(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "A test run");
        body.put("goal", "Check the sandbox");
        body.put("baseModelId", "smollm2-135m");
        body.put("trainingDatasetId", "ds-seed-support");
        body.put("evaluationDatasetId", "ds-seed-support-eval");
        body.put("config", new HashMap<>(Map.of("learningRate", 0.0002, "epochs", 2, "batchSize", 8)));
        return body;
    }

    @SuppressWarnings("unchecked")
    static void setConfig(Map<String, Object> body, String key, Object value) {
        ((Map<String, Object>) body.get("config")).put(key, value);
    }

    static Response post(Map<String, Object> body, String key) {
        var request = given().filter(Contract.RESPONSE).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/sandbox/v1/experiments");
    }

    static int total() {
        return given().when().get("/sandbox/v1/experiments").then().statusCode(200).extract().path("total");
    }

    @ParameterizedTest
    @CsvSource({
        "name, , name",
        "name, '   ', name",
        "baseModelId, no-such-model, baseModelId",
        "baseModelId, mdl-seed-support-1, baseModelId",
        "trainingDatasetId, no-such-dataset, trainingDatasetId",
        "trainingDatasetId, ds-seed-support-eval, trainingDatasetId",
        "evaluationDatasetId, no-such-dataset, evaluationDatasetId",
        "evaluationDatasetId, ds-seed-support, evaluationDatasetId",
    })
    void invalidFieldsAreNamed(String field, String value, String errorField) {
        Map<String, Object> body = body("Invalid " + field);
        body.put(field, value);
        post(body, null).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid experiment"))
                .body("errors.field", hasItem(errorField));
    }

    @ParameterizedTest
    @CsvSource({
        "learningRate, 0", "learningRate, -0.1", "learningRate, 1.5",
        "epochs, 0", "epochs, 1001", "epochs, 2.5",
        "batchSize, 0", "batchSize, 65537",
    })
    void configOutOfRangeIsRejected(String key, String value) {
        Map<String, Object> body = body("Bad config");
        setConfig(body, key, value.contains(".") ? (Object) Double.valueOf(value) : (Object) Long.valueOf(value));
        post(body, null).then().statusCode(400).body("errors.field", hasItem("config." + key));
    }

    @Test
    void fieldErrorsAreSentencesNamingTheField() {
        Map<String, Object> body = body("Sentences");
        setConfig(body, "epochs", 0L);
        post(body, null).then().statusCode(400)
                .body("errors.find { it.field == 'config.epochs' }.message",
                        equalTo("Epochs must be a whole number from 1 to 1000."))
                .body("detail", equalTo("Epochs must be a whole number from 1 to 1000."));
        body.remove("name");
        post(body, null).then().statusCode(400)
                .body("errors.find { it.field == 'name' }.message", equalTo("Name is required."))
                .body("detail", org.hamcrest.Matchers.startsWith("Check these 2 fields: "));
    }

    @Test
    void unknownFieldsAreNamed() {
        Map<String, Object> body = body("Unknown fields");
        body.put("nmae", "a typo");
        setConfig(body, "warmupSteps", 10);
        post(body, null).then().statusCode(400)
                .body("errors.field", hasItems("nmae", "config.warmupSteps"))
                .body("errors.find { it.field == 'nmae' }.message",
                        equalTo("'nmae' is not a field of an experiment; remove it."));
    }

    @Test
    void textLimitsCountCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00";
        Map<String, Object> body = body(emoji.repeat(200));
        // one field at its limit: the 64 kB body limit counts the JSON's bytes, and emoji may be escaped
        body.put("description", emoji.repeat(4000));
        String id = post(body, null).then().statusCode(201).extract().path("id");
        given().when().post("/sandbox/v1/experiments/" + id + "/cancel");
        body.put("description", emoji.repeat(4001));
        post(body, null).then().statusCode(400).body("errors.field", equalTo(List.of("description")));
    }

    @Test
    void aBodyOver64kBIs413ProblemJson() {
        Map<String, Object> body = body("Huge");
        // 33,000 characters, 66,000 bytes: the limit counts bytes
        body.put("description", "\u00e9".repeat(33_000));
        int before = total();
        given().contentType(ContentType.JSON).body(body).when().post("/sandbox/v1/experiments")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("detail", containsString("64 kB"));
        assertEquals(before, total());
    }

    @Test
    void configBoundsAreAccepted() {
        Map<String, Object> body = body("Bounds");
        setConfig(body, "learningRate", 1);
        setConfig(body, "epochs", 1000);
        setConfig(body, "batchSize", 65536);
        String id = post(body, null).then().statusCode(201).extract().path("id");
        given().when().post("/sandbox/v1/experiments/" + id + "/cancel").then().statusCode(200);
    }

    @Test
    void missingConfigAndMalformedJsonAreProblems() {
        Map<String, Object> body = body("No config");
        body.remove("config");
        post(body, null).then().statusCode(400).body("errors.field", hasItem("config"));
        given().filter(Contract.RESPONSE).contentType(ContentType.JSON).body("{\"name\": \"x\",")
                .when().post("/sandbox/v1/experiments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("detail", not(org.hamcrest.Matchers.containsString("Exception")));
        given().filter(Contract.RESPONSE).contentType(ContentType.JSON).body("[1,2]")
                .when().post("/sandbox/v1/experiments").then().statusCode(400);
    }

    @Test
    void createdExperimentStartsQueued() {
        post(body("Fresh run"), null).then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("queued"))
                .body("statusHistory", hasSize(1))
                .body("statusHistory[0].status", equalTo("queued"))
                .body("evaluationIds", hasSize(0))
                .body("config.batchSize", equalTo(8));
    }

    @Test
    void theSameKeyAnswersTheSameAndCreatesNothing() {
        String key = "seq-" + UUID.randomUUID();
        Response first = post(body("Idempotent run"), key);
        first.then().statusCode(201);
        int before = total();
        Response second = post(body("Idempotent run"), key);
        second.then().statusCode(201);
        assertEquals(first.asString(), second.asString());
        assertEquals(before, total());
        post(body("A different run"), key).then().statusCode(422).body("title", equalTo("Idempotency-Key already used"));
        assertEquals(before, total());
    }

    @Test
    void theSameRequestWithItsKeysInAnotherOrderIsARetry() {
        String key = "order-" + UUID.randomUUID();
        String first = "{\"name\":\"Reordered\",\"baseModelId\":\"smollm2-135m\","
                + "\"trainingDatasetId\":\"ds-seed-support\",\"evaluationDatasetId\":\"ds-seed-support-eval\","
                + "\"config\":{\"learningRate\":0.0002,\"epochs\":2,\"batchSize\":8}}";
        String reordered = "{\"config\":{\"batchSize\":8,\"epochs\":2,\"learningRate\":0.0002},"
                + "\"evaluationDatasetId\":\"ds-seed-support-eval\",\"trainingDatasetId\":\"ds-seed-support\","
                + "\"baseModelId\":\"smollm2-135m\",\"name\":\"Reordered\"}";
        String a = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(first)
                .when().post("/sandbox/v1/experiments").then().statusCode(201).extract().asString();
        String b = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(reordered)
                .when().post("/sandbox/v1/experiments").then().statusCode(201).extract().asString();
        assertEquals(a, b);
    }

    @Test
    void theKeyIsRememberedByAHashNotTheBody() throws IOException {
        String key = "hash-" + UUID.randomUUID();
        String marker = "marker-" + UUID.randomUUID();
        Map<String, Object> body = body("Hashed");
        body.put("description", marker + " " + "x".repeat(3000));
        post(body, key).then().statusCode(201);
        Path records = Path.of(ConfigProvider.getConfig().getValue("sandbox.data-dir", String.class),
                "metadata", "idempotency-keys.jsonl");
        String stored = Files.readString(records);
        assertTrue(stored.contains(key));
        assertFalse(stored.contains(marker), "no part of the body is kept");
        String line = stored.lines().filter(l -> l.contains(key)).findFirst().orElseThrow();
        assertTrue(line.length() < 300, line);
    }

    @Test
    void tenConcurrentRetriesCreateOneExperiment() throws Exception {
        String key = "conc-" + UUID.randomUUID();
        String name = "Concurrent " + key;
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(() -> post(body(name), key));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response r = f.get();
                assertEquals(201, r.statusCode(), r.asString());
                ids.add(r.path("id"));
            }
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
        given().queryParam("q", name).when().get("/sandbox/v1/experiments")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void cancelOnlyWhileUnfinished() {
        // 60 epochs run 20 times the test run duration: still unfinished however slow this machine is.
        Map<String, Object> slow = body("To cancel");
        setConfig(slow, "epochs", 60);
        String id = post(slow, null).then().statusCode(201).extract().path("id");
        given().filter(Contract.VALID).when().post("/sandbox/v1/experiments/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("cancelled"))
                .body("statusHistory[-1].status", equalTo("cancelled"));
        given().filter(Contract.VALID).when().post("/sandbox/v1/experiments/" + id + "/cancel")
                .then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        given().filter(Contract.VALID).when().post("/sandbox/v1/experiments/exp-seed-support/cancel")
                .then().statusCode(409);
        given().filter(Contract.VALID).when().post("/sandbox/v1/experiments/no-such-run/cancel")
                .then().statusCode(404);
        given().filter(Contract.VALID).when().get("/sandbox/v1/experiments/" + id)
                .then().statusCode(200).body("status", equalTo("cancelled"));
    }

    @Test
    void listParamsFilterSortAndPage() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (String n : List.of("b", "a", "c")) {
            ids.add(post(body("List " + tag + " " + n), null).then().statusCode(201).extract().path("id"));
        }
        given().filter(Contract.VALID).queryParam("q", "LIST " + tag.toUpperCase()).queryParam("sort", "name")
                .when().get("/sandbox/v1/experiments")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.name", equalTo(List.of("List " + tag + " a", "List " + tag + " b", "List " + tag + " c")));
        given().filter(Contract.VALID).queryParam("q", tag).queryParam("sort", "-name")
                .queryParam("offset", 1).queryParam("limit", 1)
                .when().get("/sandbox/v1/experiments")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.name", equalTo(List.of("List " + tag + " b")));
        given().filter(Contract.VALID).queryParam("q", tag)
                .when().get("/sandbox/v1/experiments")
                .then().body("items.id", equalTo(List.of(ids.get(2), ids.get(1), ids.get(0))));
        given().filter(Contract.VALID).queryParam("status", "completed").queryParam("limit", 500)
                .when().get("/sandbox/v1/experiments")
                .then().statusCode(200).body("items.status", not(hasItem("queued")))
                .body("items.id", hasItem("exp-seed-support"));
        for (String id : ids) {
            // Clean-up only: a 2 s run may already have finished on a busy machine
            given().when().post("/sandbox/v1/experiments/" + id + "/cancel")
                    .then().statusCode(anyOf(equalTo(200), equalTo(409)));
        }
    }

    @ParameterizedTest
    @CsvSource({"offset, -1", "offset, x", "limit, 0", "limit, 501", "limit, 1.5", "sort, nope", "sort, -",
        "status, exploded"})
    void invalidListParamsAre400(String param, String value) {
        given().filter(Contract.RESPONSE).queryParam(param, value)
                .when().get("/sandbox/v1/experiments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(param))
                .body("title", startsWith("Invalid"));
    }

    @Test
    void invalidIdempotencyKeyIs400() {
        post(body("Key"), "x".repeat(256)).then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
    }
}
