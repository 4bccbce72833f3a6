package dev.slmworkbench.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.slmworkbench.testing.SecurityHeaders;

import dev.slmworkbench.testing.Bodies;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Security headers on every kind of answer, and the same-origin rule for state-changing calls. */
@QuarkusTest
class WebHeadersTest {

    @Test
    void apiAnswerCarriesSecurityHeaders() {
        SecurityHeaders.assertPresent(given().get("/api/config").then().statusCode(200))
                .header("Cache-Control", equalTo("private, no-cache"));
    }

    @Test
    void answersWithUserDataAreForThisBrowserOnly() {
        given().get("/api/datasets").then().statusCode(200).header("Cache-Control", equalTo("private, no-cache"));
        given().get("/api/no-such-thing").then().statusCode(404).header("Cache-Control", equalTo("private, no-cache"));
        dev.slmworkbench.testing.SandboxAuth.given().get("/sandbox/v1/datasets").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-cache"));
    }

    @Test
    void downloadsAndTheExportAreNeverStored() {
        given().get("/api/datasets/ds-seed-support/download").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
        given().get("/api/evaluations/export.csv?ids=eval-seed-support-1").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
        dev.slmworkbench.testing.SandboxAuth.given().get("/sandbox/v1/datasets/ds-seed-support/download").then()
                .statusCode(200).header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void errorAnswerCarriesSecurityHeadersAndProblemJson() {
        String body = SecurityHeaders.assertPresent(given().get("/api/no-such-thing").then().statusCode(404))
                .contentType("application/problem+json")
                .body("title", equalTo("Not found"))
                .extract().asString();
        Bodies.assertNoLeak(body);
    }

    @Test
    void pageAnswerCarriesSecurityHeaders() {
        SecurityHeaders.assertPresent(given().get("/datasets").then().statusCode(200));
    }

    @Test
    void noHstsOverPlainHttpEvenIfAHeaderClaimsTls() {
        // proxy support is off, so X-Forwarded-Proto is nobody's word
        given().header("X-Forwarded-Proto", "https").get("/api/config").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
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
    void originIsComparedWithTheAllowedHostsNotWithHost() {
        int port = io.restassured.RestAssured.port;
        given().header("Host", "localhost:" + port)
                .header("Origin", "http://127.0.0.1:" + port)
                .header("X-Requested-With", "slm-workbench")
                .contentType("application/json").body("{}")
                .post("/api/dashboard")
                .then().statusCode(405);
        given().header("Origin", "null")
                .header("X-Requested-With", "slm-workbench")
                .contentType("application/json").body("{}")
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
