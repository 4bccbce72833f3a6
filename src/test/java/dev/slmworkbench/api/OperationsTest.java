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
    void readinessSaysWhichTrainingApiAnswersAndThatTheSandboxStoreWorks() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Training API' }.data.api", equalTo("embedded sandbox"))
                .body("checks.find { it.name == 'Training API' }.data.circuitBreaker", equalTo("closed"))
                .body("checks.find { it.name == 'Sandbox' }.status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'Responsiveness' }.data.workerPool", equalTo("ok"))
                .body("checks.find { it.name == 'Responsiveness' }.data.eventLoop", equalTo("ok"));
    }

    @Test
    void poolsAndTheBreakerAreMeasured() {
        given().get("/api/dashboard").then().statusCode(200);
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("app_pool_task_delay_seconds{pool_name=\"executor-thread\",pool_type=\"worker\""))
                .body(containsString("app_pool_task_delay_seconds{pool_name=\"vert.x-eventloop\",pool_type=\"event-loop\""))
                .body(containsString("worker_pool_active{pool_name=\"vert.x-worker-thread\""))
                .body(containsString("netty_eventexecutor_tasks_pending{executor=\"eventLoop\""))
                .body(containsString("training_api_breaker_open 0.0"))
                .body(containsString("jvm_threads_live_threads"));
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
