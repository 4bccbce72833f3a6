package dev.slmworkbench.api.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.training.contract.TrainingApiEndpoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The whole path on a fresh machine: BFF, REST client over HTTP, embedded sandbox, seed. */
@QuarkusTest
class DashboardOnSandboxTest {

    @Inject
    TrainingApiEndpoint endpoint;

    @TestHTTPResource("/")
    URL server;

    @Test
    void theSandboxIsCalledOnLoopbackAtTheBoundPortWithItsToken() {
        URI base = endpoint.baseUri();
        assertEquals("127.0.0.1", base.getHost());
        assertEquals(server.getPort(), base.getPort());
        assertEquals("/sandbox/v1", base.getPath());
        assertTrue(endpoint.token().isPresent());
    }

    @Test
    void homeDataComesFromTheSeededSandbox() {
        given().get("/api/dashboard").then()
                .statusCode(200)
                .body("datasets.error", nullValue())
                .body("datasets.total", greaterThanOrEqualTo(3))
                .body("models.total", greaterThanOrEqualTo(5))
                .body("experiments.total", greaterThanOrEqualTo(1))
                .body("runningExperiments.error", nullValue())
                .body("runningExperiments.total", greaterThanOrEqualTo(0))
                .body("recentExperiments.error", nullValue())
                .body("recentExperiments.items.size()", lessThanOrEqualTo(5))
                .body("recentExperiments.items.name", hasItem("SmolLM2 support assistant"));
    }
}
