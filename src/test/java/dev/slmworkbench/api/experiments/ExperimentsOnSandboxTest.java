package dev.slmworkbench.api.experiments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The whole launch path on a fresh machine: BFF, REST client over HTTP, embedded sandbox with its seed. */
@QuarkusTest
class ExperimentsOnSandboxTest {

    private static RequestSpecification app() {
        return given().header("X-Requested-With", "slm-workbench");
    }

    @Test
    void launchReadBackWithNamesAndCancel() {
        String key = UUID.randomUUID().toString();
        String draft = """
                {"name":"Sandbox run","goal":"Answer support questions","baseModelId":"smollm2-135m",
                 "trainingDatasetId":"ds-seed-support","evaluationDatasetId":"ds-seed-support-eval",
                 "learningRate":"2e-5","epochs":60,"batchSize":8}""";
        String id = app().header("Idempotency-Key", key).contentType("application/json").body(draft)
                .post("/api/experiments").then()
                .statusCode(201)
                .body("status", equalTo("queued"))
                .body("baseModelName", equalTo("SmolLM2-135M"))
                .body("trainingDatasetName", equalTo("Customer support conversations"))
                .body("evaluationDatasetName", equalTo("Support answers (held out)"))
                .body("config.learningRate", equalTo(2e-5f))
                .extract().path("id");

        // the same key again is the same experiment, not a second one
        app().header("Idempotency-Key", key).contentType("application/json").body(draft)
                .post("/api/experiments").then().statusCode(201).body("id", equalTo(id));

        app().get("/api/experiments/" + id).then()
                .statusCode(200)
                .body("name", equalTo("Sandbox run"))
                .body("baseModelName", equalTo("SmolLM2-135M"))
                .body("evaluationDatasetName", equalTo("Support answers (held out)"));
        app().get("/api/experiments?q=Sandbox run&limit=100").then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.trainingDatasetName", equalTo("Customer support conversations"));

        // 60 epochs run 20 times the test run duration (40 s): still going when cancelled.
        Response cancel = app().post("/api/experiments/" + id + "/cancel");
        assertEquals(200, cancel.statusCode(), cancel.asString());
        assertEquals("cancelled", cancel.path("status"));
        app().get("/api/experiments/" + id).then().statusCode(200).body("status", equalTo("cancelled"));
        app().post("/api/experiments/" + id + "/cancel").then().statusCode(409)
                .body("detail", equalTo("This experiment already finished (cancelled); "
                        + "only queued or running experiments can be cancelled."));
    }

    @Test
    void aDatasetOfTheWrongTypeIsRefusedByField() {
        app().header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json").body("""
                {"name":"Wrong","baseModelId":"smollm2-135m","trainingDatasetId":"ds-seed-support-eval",
                 "evaluationDatasetId":"ds-seed-support","learningRate":0.0002,"epochs":1,"batchSize":8}""")
                .post("/api/experiments").then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("trainingDatasetId", "evaluationDatasetId"));
    }
}
