package dev.slmworkbench.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.slmworkbench.testing.Management;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What a Kubernetes pod and its operators rely on: probes, metrics, the BFF's own OpenAPI, all on the management port. */
@QuarkusTest
class OperationsTest {

    @Test
    void probesAnswerUpOnTheManagementPort() {
        Management.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Management.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusTextOnTheManagementPort() {
        given().get("/api/config").then().statusCode(200);
        Management.given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count"));
    }

    @Test
    void openApiDescribesTheBffAndNotTheSandbox() {
        Management.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/dashboard"))
                .body(containsString("/api/config"))
                .body(not(containsString("/sandbox/v1")));
    }

    @Test
    void operationsEndpointsAreNotOnThePublicPort() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/live", "/q/openapi"}) {
            given().accept("text/plain").get(path).then().statusCode(404);
        }
    }

    @Test
    void theManagementPortAnswersWhateverHostAProbeSends() {
        Management.given().header("Host", "10.1.2.3:9000").get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void pagePathsShareOneMetricsTagWhileApiRoutesKeepTheirTemplates() {
        String marker = "deep-link-" + System.nanoTime();
        given().get("/datasets/" + marker).then().statusCode(200);
        given().get("/experiments/" + marker + "/runs").then().statusCode(200);
        given().get("/sandbox/v1/datasets/ds-seed-support").then().statusCode(200);
        String metrics = Management.given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains(marker), "a page path became its own tag");
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("uri=\"/{page}\""));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("uri=\"/sandbox/v1/datasets/{id}\""));
    }
}
