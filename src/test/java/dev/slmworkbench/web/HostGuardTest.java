package dev.slmworkbench.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.slmworkbench.testing.Bodies;
import dev.slmworkbench.testing.SecurityHeaders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public port answers only to the allowed host names (UI_ALLOWED_HOSTS): DNS rebinding gets 421. */
@QuarkusTest
class HostGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/datasets/abc", "/api/config", "/api/no-such-thing", "/sandbox/v1/models", "/assets/app.js"})
    void aForeignHostGets421OnEveryRoute(String path) {
        String body = SecurityHeaders.assertPresent(given().header("Host", "evil.example").get(path).then().statusCode(421))
                .contentType("application/problem+json")
                .body("title", equalTo("Wrong address"))
                .body("status", equalTo(421))
                .extract().asString();
        Bodies.assertNoLeak(body);
    }

    @Test
    void aRebindingPageWithMatchingOriginAndHostCannotChangeAnything() {
        given().header("Host", "evil.example:" + RestAssured.port)
                .header("Origin", "http://evil.example:" + RestAssured.port)
                .header("Sec-Fetch-Site", "same-origin")
                .header("X-Requested-With", "slm-workbench")
                .contentType("application/json").body("{}")
                .post("/sandbox/v1/experiments")
                .then().statusCode(421);
    }

    @Test
    void theHostIsCheckedBeforeTheBodyIsRead() {
        given().header("Host", "evil.example").contentType("application/json").body(new byte[2 * 1024 * 1024])
                .post("/sandbox/v1/experiments")
                .then().statusCode(421);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST", "127.0.0.1", "[::1]"})
    void loopbackNamesAreAllowedOnAnyPort(String host) {
        given().header("Host", host + ":" + RestAssured.port).get("/api/config").then().statusCode(200);
        given().header("Host", host + ":1").get("/api/config").then().statusCode(200);
        given().header("Host", host).get("/api/config").then().statusCode(200);
    }

    @Test
    void forwardedHostsAreIgnoredWhileProxySupportIsOff() {
        given().header("X-Forwarded-Host", "evil.example").header("Forwarded", "host=evil.example")
                .get("/api/config").then().statusCode(200);
        given().header("Host", "evil.example").header("X-Forwarded-Host", "localhost").header("Forwarded", "host=localhost")
                .get("/api/config").then().statusCode(421);
    }
}
