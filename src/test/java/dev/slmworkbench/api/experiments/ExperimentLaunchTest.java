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

/** Launching (validation, exactly once) and cancelling experiments through the BFF. */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class ExperimentLaunchTest extends ExperimentTestBase {

    @Test
    void aLaunchOrACancelIsSeenAtOnceDespiteTheReadCache() {
        training.readCacheWindow(Duration.ofSeconds(30));
        String id = p + "e1";
        stubExperiments("{\"items\":[" + experiment(id, "running", p + "m", p + "tr", p + "ev", "") + "],\"total\":1}");
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments/" + id)).willReturn(okJson(
                experiment(id, "running", p + "m", p + "tr", p + "ev", ""))));
        stubModel(p + "m", "Base", "base");
        stubDataset(p + "tr", "Train", "training");
        stubDataset(p + "ev", "Eval", "evaluation");
        app().get("/api/experiments").then().statusCode(200);
        app().get("/api/experiments/" + id).then().statusCode(200);
        app().get("/api/experiments").then().statusCode(200);
        app().get("/api/experiments/" + id).then().statusCode(200);
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/experiments")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/experiments/" + id)));

        upstream.stubFor(post(urlPathEqualTo("/v1/experiments/" + id + "/cancel")).willReturn(okJson(
                experiment(id, "cancelled", p + "m", p + "tr", p + "ev", ""))));
        app().post("/api/experiments/" + id + "/cancel").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("cancelled"))
                .body("trainingDatasetName", org.hamcrest.Matchers.equalTo("Train"));
        app().get("/api/experiments").then().statusCode(200);
        app().get("/api/experiments/" + id).then().statusCode(200);
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/experiments")));
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/experiments/" + id)));

        upstream.stubFor(post(urlPathEqualTo("/v1/experiments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(experiment(p + "new", "queued", p + "m", p + "tr", p + "ev", ""))));
        app().header("Idempotency-Key", p + "k").contentType("application/json").body(validDraft())
                .post("/api/experiments").then().statusCode(201);
        app().get("/api/experiments").then().statusCode(200);
        upstream.verify(3, getRequestedFor(urlPathEqualTo("/v1/experiments")));
    }

    private String validDraft() {
        return """
                {"name":"My run","description":"d","goal":"g","baseModelId":"%sm","trainingDatasetId":"%str",
                 "evaluationDatasetId":"%sev","learningRate":"2e-5","epochs":3,"batchSize":16}""".formatted(p, p, p);
    }

    @Test
    void launchPassesTheKeyOnAndTheSameKeyTwiceCostsOneUpstreamPost() {
        stubModel(p + "m", "Base", "base");
        stubDataset(p + "tr", "Train", "training");
        stubDataset(p + "ev", "Eval", "evaluation");
        upstream.stubFor(post(urlPathEqualTo("/v1/experiments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(experiment(p + "new", "queued", p + "m", p + "tr", p + "ev", ""))));

        for (int i = 0; i < 2; i++) {
            app().header("Idempotency-Key", p + "key-A").contentType("application/json").body(validDraft())
                    .post("/api/experiments").then()
                    .statusCode(201)
                    .header("Location", org.hamcrest.Matchers.endsWith("/api/experiments/" + p + "new"))
                    .body("id", org.hamcrest.Matchers.equalTo(p + "new"))
                    .body("baseModelName", org.hamcrest.Matchers.equalTo("Base"))
                    .body("trainingDatasetName", org.hamcrest.Matchers.equalTo("Train"))
                    .body("evaluationDatasetName", org.hamcrest.Matchers.equalTo("Eval"));
        }
        app().header("Idempotency-Key", p + "key-B").contentType("application/json").body(validDraft())
                .post("/api/experiments").then().statusCode(201);

        upstream.verify(1, postRequestedFor(urlPathEqualTo("/v1/experiments"))
                .withHeader("Idempotency-Key", equalTo(p + "key-A"))
                .withRequestBody(WireMock.matchingJsonPath("$.config.learningRate", equalTo("2.0E-5")))
                .withRequestBody(WireMock.matchingJsonPath("$.config.batchSize", equalTo("16"))));
        upstream.verify(1, postRequestedFor(urlPathEqualTo("/v1/experiments"))
                .withHeader("Idempotency-Key", equalTo(p + "key-B")));
    }

    @Test
    void aLaunchThatFailedUpstreamIsTriedAgainWithTheSameKey() {
        stubModel(p + "m", "Base", "base");
        stubDataset(p + "tr", "Train", "training");
        stubDataset(p + "ev", "Eval", "evaluation");
        upstream.stubFor(post(urlPathEqualTo("/v1/experiments")).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 2; i++) {
            app().header("Idempotency-Key", p + "k").contentType("application/json").body(validDraft())
                    .post("/api/experiments").then().statusCode(502);
        }
        // never retried by the BFF; the browser's second try goes upstream with the same key
        upstream.verify(2, postRequestedFor(urlPathEqualTo("/v1/experiments"))
                .withHeader("Idempotency-Key", equalTo(p + "k")));
    }

    @Test
    void everyLocalValidationErrorIsNamedByTheWizardsField() {
        String longName = "x".repeat(201);
        String body = """
                {"name":"%s","description":"%s","goal":7,"baseModelId":"a/b","trainingDatasetId":"",
                 "learningRate":0,"epochs":1.5,"batchSize":65537}""".formatted(longName, "d".repeat(4001));
        String answer = app().header("Idempotency-Key", p + "k").contentType("application/json").body(body)
                .post("/api/experiments").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "description", "goal", "baseModelId",
                        "trainingDatasetId", "evaluationDatasetId", "learningRate", "epochs", "batchSize"))
                .body("errors.find { it.field == 'learningRate' }.message",
                        org.hamcrest.Matchers.equalTo("Learning rate must be greater than 0 and at most 1."))
                .body("errors.find { it.field == 'epochs' }.message",
                        org.hamcrest.Matchers.equalTo("Epochs must be a whole number from 1 to 1000."))
                .body("errors.find { it.field == 'batchSize' }.message",
                        org.hamcrest.Matchers.equalTo("Batch size must be a whole number from 1 to 65536."))
                .body("errors.find { it.field == 'name' }.message",
                        org.hamcrest.Matchers.equalTo("The name must be at most 200 characters."))
                .extract().asString();
        Bodies.assertNoLeak(answer);

        app().contentType("application/json").body("{\"learningRate\":1.5,\"epochs\":0,\"batchSize\":\"many\"}")
                .post("/api/experiments").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "baseModelId", "trainingDatasetId",
                        "evaluationDatasetId", "learningRate", "epochs", "batchSize"))
                .body("errors.find { it.field == 'name' }.message",
                        org.hamcrest.Matchers.equalTo("Enter a name for the experiment."));
        upstream.verify(0, anyRequestedFor(WireMock.anyUrl()));
    }

    @Test
    void choicesOfTheWrongTypeOrGoneAreFieldErrorsAndNothingIsCreated() {
        stubModel(p + "ft", "My fine-tune", "fine_tuned");
        stubDataset(p + "ev", "Eval", "evaluation");
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/" + p + "gone")).willReturn(aResponse().withStatus(404)));
        String body = """
                {"name":"Run","baseModelId":"%sft","trainingDatasetId":"%sev","evaluationDatasetId":"%sgone",
                 "config":{"learningRate":0.0002,"epochs":3,"batchSize":8}}""".formatted(p, p, p);
        app().header("Idempotency-Key", p + "k").contentType("application/json").body(body)
                .post("/api/experiments").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("baseModelId", "trainingDatasetId", "evaluationDatasetId"))
                .body("errors.find { it.field == 'baseModelId' }.message",
                        org.hamcrest.Matchers.equalTo("'My fine-tune' is a fine-tuned model; choose a base model."))
                .body("errors.find { it.field == 'trainingDatasetId' }.message",
                        org.hamcrest.Matchers.equalTo("'Eval' is not a training dataset; choose a training dataset."));
        upstream.verify(0, postRequestedFor(urlPathEqualTo("/v1/experiments")));
    }

    @Test
    void upstreamFieldErrorsLandOnTheWizardsFields() {
        stubModel(p + "m", "Base", "base");
        stubDataset(p + "tr", "Train", "training");
        stubDataset(p + "ev", "Eval", "evaluation");
        upstream.stubFor(post(urlPathEqualTo("/v1/experiments")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("""
                        {"title":"Invalid experiment","status":400,"detail":"Some fields are not valid.",
                         "errors":[{"field":"config.epochs","message":"must be a whole number from 1 to 100"},
                                   {"field":"name","message":"Name is taken."}]}""")));
        app().header("Idempotency-Key", p + "k").contentType("application/json").body(validDraft())
                .post("/api/experiments").then()
                .statusCode(400)
                .body("errors.field", contains("epochs", "name"))
                .body("errors[0].message", org.hamcrest.Matchers.equalTo("Epochs must be a whole number from 1 to 100."))
                .body("errors[1].message", org.hamcrest.Matchers.equalTo("Name is taken."));
    }

    @Test
    void aBadIdempotencyKeyIsRefusedBeforeAnyUpstreamCall() {
        app().header("Idempotency-Key", "has space").contentType("application/json").body(validDraft())
                .post("/api/experiments").then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("Idempotency-Key"));
        app().header("Idempotency-Key", "k".repeat(256)).contentType("application/json").body(validDraft())
                .post("/api/experiments").then().statusCode(400);
        upstream.verify(0, anyRequestedFor(WireMock.anyUrl()));
    }

    @Test
    void launchNeedsTheAppsHeader() {
        given().contentType("application/json").body(validDraft()).post("/api/experiments").then().statusCode(403);
        upstream.verify(0, anyRequestedFor(WireMock.anyUrl()));
    }

    @Test
    void cancellingAFinishedExperimentIsA409Sentence() {
        String id = p + "done";
        upstream.stubFor(post(urlPathEqualTo("/v1/experiments/" + id + "/cancel")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Conflict\",\"status\":409,\"detail\":\"The experiment is completed\"}")));
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments/" + id)).willReturn(okJson(
                experiment(id, "completed", p + "m", p + "d", p + "d", ""))));
        app().post("/api/experiments/" + id + "/cancel").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.equalTo("This experiment already finished (completed); "
                        + "only queued or running experiments can be cancelled."));
        upstream.verify(1, postRequestedFor(urlPathEqualTo("/v1/experiments/" + id + "/cancel")));
    }
}
