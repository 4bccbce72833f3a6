package dev.slmworkbench.api.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class RuntimeConfigUpstreamTest {

    @Test
    void saysNoSandboxWhenATrainingApiIsConfigured() {
        given().when().get("/api/config").then()
                .statusCode(200)
                .body("sandbox", equalTo(false));
    }
}
