package dev.slmworkbench.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What a Kubernetes pod and its operators rely on: probes, metrics, the BFF's own OpenAPI. */
@QuarkusTest
class OperationsTest {

    @Test
    void probesAnswerUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/api/config").then().statusCode(200);
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void openApiDescribesTheBffAndNotTheSandbox() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/dashboard"))
                .body(containsString("/api/config"))
                .body(not(containsString("/sandbox/v1")));
    }
}
