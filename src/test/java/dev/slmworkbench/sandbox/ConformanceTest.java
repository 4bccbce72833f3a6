package dev.slmworkbench.sandbox;

import static dev.slmworkbench.testing.SandboxAuth.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of sandbox answer, validated against training-api.yaml. */
@QuarkusTest
class ConformanceTest {

    @Test
    void listsAndDetailsConform() {
        String datasetId = given().filter(Contract.VALID)
                .when().get("/sandbox/v1/datasets")
                .then().statusCode(200).body("total", greaterThan(0))
                .extract().path("items[0].id");
        given().filter(Contract.VALID).when().get("/sandbox/v1/datasets/" + datasetId).then().statusCode(200);
        given().filter(Contract.VALID).when().get("/sandbox/v1/datasets/" + datasetId + "/download")
                .then().statusCode(200);

        given().filter(Contract.VALID).queryParam("type", "base").queryParam("limit", 2)
                .when().get("/sandbox/v1/models").then().statusCode(200);
        given().filter(Contract.VALID).when().get("/sandbox/v1/models/smollm2-135m")
                .then().statusCode(200).body("evaluationIds", notNullValue());
        given().filter(Contract.VALID).when().get("/sandbox/v1/models/mdl-seed-support-1")
                .then().statusCode(200).body("evaluationIds", hasItem("eval-seed-support-1"));

        given().filter(Contract.VALID).queryParam("status", "completed").queryParam("sort", "name")
                .when().get("/sandbox/v1/experiments").then().statusCode(200);
        given().filter(Contract.VALID).when().get("/sandbox/v1/experiments/exp-seed-support")
                .then().statusCode(200);

        given().filter(Contract.VALID).queryParam("experimentId", "exp-seed-support")
                .when().get("/sandbox/v1/evaluations").then().statusCode(200).body("total", equalTo(1));
        given().filter(Contract.VALID).when().get("/sandbox/v1/evaluations/eval-seed-support-1")
                .then().statusCode(200);
    }

    @Test
    void createCancelAndUploadConform() {
        String id = given().filter(Contract.VALID).contentType(ContentType.JSON)
                .header("Idempotency-Key", "conformance-" + System.nanoTime())
                .body(Map.of("name", "Conformance run", "baseModelId", "qwen2.5-0.5b",
                        "trainingDatasetId", "ds-seed-sentiment", "evaluationDatasetId", "ds-seed-support-eval",
                        "config", Map.of("learningRate", 0.0003, "epochs", 60, "batchSize", 16)))
                .when().post("/sandbox/v1/experiments")
                .then().statusCode(201).extract().path("id");
        given().filter(Contract.VALID).when().post("/sandbox/v1/experiments/" + id + "/cancel")
                .then().statusCode(200);
        given().filter(Contract.VALID).when().post("/sandbox/v1/experiments/" + id + "/cancel")
                .then().statusCode(409);

        // The validator cannot read multipart bodies; the answer is still checked
        given().filter(Contract.RESPONSE)
                .multiPart("name", "Tiny")
                .multiPart("type", "training")
                .multiPart("file", "tiny.jsonl", "{\"a\":1}\n{\"a\":2}\n".getBytes(), "application/octet-stream")
                .when().post("/sandbox/v1/datasets/upload")
                .then().statusCode(201);
        // What the uploader's checks found, after the file as the BFF sends it: kept and returned as sent
        String schema = "{\"kind\":\"text\",\"fields\":{\"text\":\"t\"},\"records\":2,\"skipped\":1,"
                + "\"problems\":[{\"line\":2,\"problem\":\"\\\"t\\\" (the text) is empty.\"}]}";
        String checked = given().filter(Contract.RESPONSE)
                .multiPart("name", "Checked")
                .multiPart("type", "training")
                .multiPart("file", "checked.jsonl", "{\"t\":\"a\"}\n{\"t\":\"b\"}\n".getBytes(), "application/octet-stream")
                .multiPart("schema", schema)
                .when().post("/sandbox/v1/datasets/upload")
                .then().statusCode(201).body("schema.kind", equalTo("text")).body("schema.skipped", equalTo(1))
                .body("schema.problems[0].line", equalTo(2)).extract().path("id");
        given().filter(Contract.VALID).when().get("/sandbox/v1/datasets/" + checked)
                .then().statusCode(200).body("schema.fields.text", equalTo("t")).body("schema.records", equalTo(2));
        given().filter(Contract.VALID).when().get("/sandbox/v1/datasets/ds-seed-support")
                .then().statusCode(200).body("schema.kind", equalTo("prompt_completion"))
                .body("schema.fields.completion", equalTo("response"));
        given().filter(Contract.RESPONSE)
                .multiPart("name", "Checked")
                .multiPart("type", "training")
                .multiPart("file", "checked.jsonl", "{\"t\":\"a\"}\n".getBytes(), "application/octet-stream")
                .multiPart("schema", "{\"kind\":\"poems\"}")
                .when().post("/sandbox/v1/datasets/upload")
                .then().statusCode(400).body("errors[0].field", equalTo("schema"));
    }

    @Test
    void errorsConform() {
        given().filter(Contract.VALID).when().get("/sandbox/v1/datasets/nope").then().statusCode(404);
        given().filter(Contract.VALID).when().get("/sandbox/v1/models/nope").then().statusCode(404);
        given().filter(Contract.VALID).when().get("/sandbox/v1/experiments/nope").then().statusCode(404);
        given().filter(Contract.VALID).when().get("/sandbox/v1/evaluations/nope").then().statusCode(404);
        given().filter(Contract.VALID).when().post("/sandbox/v1/experiments/nope/cancel").then().statusCode(404);
        given().filter(Contract.RESPONSE).queryParam("limit", 501)
                .when().get("/sandbox/v1/experiments").then().statusCode(400);
        given().filter(Contract.RESPONSE).contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/sandbox/v1/experiments").then().statusCode(400);
        given().filter(Contract.RESPONSE)
                .multiPart("name", "Bad")
                .multiPart("type", "training")
                .multiPart("file", "bad.txt", "x".getBytes(), "text/plain")
                .when().post("/sandbox/v1/datasets/upload")
                .then().statusCode(400);
    }

    @Test
    void refusalsConform() {
        io.restassured.RestAssured.given().filter(Contract.RESPONSE).when().get("/sandbox/v1/datasets")
                .then().statusCode(401);
        given().filter(Contract.RESPONSE).contentType(ContentType.JSON)
                .body("{\"name\":\"" + "x".repeat(70_000) + "\"}")
                .when().post("/sandbox/v1/experiments").then().statusCode(413);
    }
}
