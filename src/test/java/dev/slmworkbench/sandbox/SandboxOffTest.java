package dev.slmworkbench.sandbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** With training-api.url set, the sandbox answers nothing and leaves no trace on disk. */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class SandboxOffTest {

    @Test
    void everySandboxPathIs404AndNoDataDirExists() {
        given().when().get("/sandbox/v1/datasets").then().statusCode(404);
        given().when().get("/sandbox/v1/models/smollm2-135m").then().statusCode(404);
        given().contentType("application/json").body("{}").when().post("/sandbox/v1/experiments")
                .then().statusCode(404);
        assertFalse(Files.exists(WireMockUpstream.sandboxDataDir()), "the sandbox must not create its data dir");
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("sandbox")),
                "no sandbox thread runs");
    }
}
