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
}
