package dev.slmworkbench.sandbox;

import static dev.slmworkbench.testing.SandboxAuth.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default test profile starts with sandbox.seed=true on an empty data dir. */
@QuarkusTest
class SeedAndModelsTest {

    @Test
    void baseModelsCarryPublicFacts() {
        given().filter(Contract.VALID).queryParam("type", "base").queryParam("sort", "parameterCount")
                .when().get("/sandbox/v1/models")
                .then().statusCode(200)
                .body("items.name", equalTo(List.of("SmolLM2-135M", "Qwen2.5-0.5B", "Llama-3.2-1B",
                        "Phi-3-mini-4k-instruct")))
                .body("items.architecture", equalTo(List.of("LlamaForCausalLM", "Qwen2ForCausalLM",
                        "LlamaForCausalLM", "Phi3ForCausalLM")))
                .body("items.metadata.contextLength", equalTo(List.of(8192, 32768, 131072, 4096)))
                .body("items.metadata.license", equalTo(List.of("Apache-2.0", "Apache-2.0",
                        "Llama 3.2 Community License", "MIT")))
                .body("items.latest", everyItem(equalTo(true)));
    }

    @Test
    void theExampleExperimentIsFinishedWithModelAndEvaluation() {
        given().filter(Contract.VALID).when().get("/sandbox/v1/experiments/exp-seed-support")
                .then().statusCode(200)
                .body("status", equalTo("completed"))
                .body("statusHistory.status", equalTo(List.of("queued", "running", "completed")))
                .body("resultModelId", equalTo("mdl-seed-support-1"))
                .body("evaluationIds", equalTo(List.of("eval-seed-support-1")));
        given().filter(Contract.VALID).when().get("/sandbox/v1/models/mdl-seed-support-1")
                .then().statusCode(200)
                .body("type", equalTo("fine_tuned")).body("version", equalTo("1")).body("latest", equalTo(true))
                .body("baseModelId", equalTo("smollm2-135m")).body("experimentId", equalTo("exp-seed-support"));
        given().filter(Contract.VALID).when().get("/sandbox/v1/evaluations/eval-seed-support-1")
                .then().statusCode(200)
                .body("metrics.keySet()", hasItems("accuracy", "f1", "perplexity"))
                .body("trainingStats.keySet()", hasItems("totalSteps", "epochs", "trainRuntimeSeconds",
                        "samplesPerSecond", "finalTrainLoss", "finalEvalLoss", "gpu"));
        given().filter(Contract.VALID).queryParam("datasetId", "ds-seed-support-eval")
                .when().get("/sandbox/v1/evaluations")
                .then().statusCode(200).body("items.id", hasItems("eval-seed-support-1"));
    }

    @Test
    void unknownIdsAre404Problems() {
        for (String path : List.of("models", "datasets", "experiments", "evaluations")) {
            given().filter(Contract.VALID).when().get("/sandbox/v1/" + path + "/does-not-exist")
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404)).body("title", org.hamcrest.Matchers.endsWith("not found"));
        }
        given().filter(Contract.RESPONSE).queryParam("sort", "-bogus").when().get("/sandbox/v1/models")
                .then().statusCode(400).body("errors.field", equalTo(List.of("sort")));
        given().filter(Contract.RESPONSE).queryParam("limit", "-3").when().get("/sandbox/v1/evaluations")
                .then().statusCode(400).body("errors", hasSize(1));
    }
}
