package dev.slmworkbench.api.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RuntimeConfigResourceTest {

    @Test
    void rendersRuntimeSettingsForTheSpa() {
        given().when().get("/api/config").then()
                .statusCode(200)
                .contentType("application/json")
                .body("pollIntervalMs", equalTo(5000))
                .body("sandbox", equalTo(true))
                .body("version", notNullValue());
    }
}
