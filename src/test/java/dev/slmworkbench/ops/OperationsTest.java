package dev.slmworkbench.ops;

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
    void readinessSaysWhichTrainingApiAnswersAndThatTheSandboxStoreWorks() {
        Management.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Training API' }.data.api", equalTo("embedded sandbox"))
                .body("checks.find { it.name == 'Training API' }.data.circuitBreaker", equalTo("closed"))
                .body("checks.find { it.name == 'Sandbox' }.status", equalTo("UP"));
        Management.given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'Responsiveness' }.data.workerPool", equalTo("ok"))
                .body("checks.find { it.name == 'Responsiveness' }.data.eventLoop", equalTo("ok"));
    }

    @Test
    void poolsAndTheBreakerAreMeasured() {
        given().get("/api/dashboard").then().statusCode(200);
        Management.given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("app_pool_task_delay_seconds{pool_name=\"executor-thread\",pool_type=\"worker\""))
                .body(containsString("app_pool_task_delay_seconds{pool_name=\"vert.x-eventloop\",pool_type=\"event-loop\""))
                .body(containsString("worker_pool_active{pool_name=\"vert.x-worker-thread\""))
                .body(containsString("netty_eventexecutor_tasks_pending{executor=\"eventLoop\""))
                .body(containsString("training_api_breaker_open 0.0"))
                .body(containsString("jvm_threads_live_threads"));
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
        dev.slmworkbench.testing.SandboxAuth.given().get("/sandbox/v1/datasets/ds-seed-support").then().statusCode(200);
        String metrics = Management.given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains(marker), "a page path became its own tag");
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("uri=\"/{page}\""));
        org.hamcrest.MatcherAssert.assertThat(metrics, containsString("uri=\"/sandbox/v1/datasets/{id}\""));
    }
}
