package dev.slmworkbench.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.slmworkbench.testing.Bodies;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Security headers on every kind of answer, and the same-origin rule for state-changing calls. */
@QuarkusTest
class WebHeadersTest {

    static final String CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    static ValidatableResponse assertSecurityHeaders(ValidatableResponse response) {
        return response
                .header("Content-Security-Policy", equalTo(CSP))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
    }

    @Test
    void apiAnswerCarriesSecurityHeaders() {
        assertSecurityHeaders(given().get("/api/config").then().statusCode(200))
                .header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void errorAnswerCarriesSecurityHeadersAndProblemJson() {
        String body = assertSecurityHeaders(given().get("/api/no-such-thing").then().statusCode(404))
                .contentType("application/problem+json")
                .body("title", equalTo("Not found"))
                .extract().asString();
        Bodies.assertNoLeak(body);
    }

    @Test
    void healthAnswerCarriesSecurityHeaders() {
        assertSecurityHeaders(given().get("/q/health/live").then().statusCode(200));
    }

    @Test
    void crossOriginPostIsRefused() {
        String body = given()
                .header("Origin", "https://evil.example")
                .header("X-Requested-With", "slm-workbench")
                .contentType("application/json").body("{}")
                .post("/api/dashboard")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Request refused"))
                .extract().asString();
        Bodies.assertNoLeak(body);
    }

    @Test
    void crossSitePostIsRefusedEvenWithoutOrigin() {
        given().header("Sec-Fetch-Site", "cross-site")
                .header("X-Requested-With", "slm-workbench")
                .contentType("application/json").body("{}")
                .post("/api/dashboard")
                .then().statusCode(403);
    }

    @Test
    void postWithoutTheAppHeaderIsRefused() {
        given().contentType("application/json").body("{}")
                .post("/api/dashboard")
                .then().statusCode(403);
    }

    @Test
    void sameOriginPostWithTheHeaderPassesTheGuard() {
        int port = io.restassured.RestAssured.port;
        given().header("Origin", "http://localhost:" + port)
                .header("Sec-Fetch-Site", "same-origin")
                .header("X-Requested-With", "slm-workbench")
                .contentType("application/json").body("{}")
                .post("/api/dashboard")
                .then().statusCode(not(equalTo(403)))
                .statusCode(405)
                .contentType("application/problem+json")
                .body("title", equalTo("Method not allowed"));
    }
}
