package dev.slmworkbench.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.slmworkbench.testing.EdgeProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Behind a TLS-terminating proxy, with Quarkus proxy support on: the forwarded host and scheme count. */
@QuarkusTest
@TestProfile(EdgeProfile.class)
class BehindProxyTest {

    @Test
    void theForwardedHostIsTheOneChecked() {
        given().header("X-Forwarded-Host", EdgeProfile.HOST).get("/api/config").then().statusCode(200);
        given().header("X-Forwarded-Host", "evil.example").get("/api/config").then().statusCode(421)
                .contentType("application/problem+json");
    }

    @Test
    void theForwardedOriginIsComparedWithTheList() {
        given().header("X-Forwarded-Host", EdgeProfile.HOST).header("X-Forwarded-Proto", "https")
                .header("Origin", "https://" + EdgeProfile.HOST)
                .header("Sec-Fetch-Site", "same-origin")
                .header("X-Requested-With", "slm-workbench")
                .contentType("application/json").body("{}")
                .post("/api/dashboard")
                .then().statusCode(405);
    }

    @Test
    void hstsOnlyWhenTheProxySaysTheBrowserUsedTls() {
        given().header("X-Forwarded-Proto", "https").get("/api/config").then().statusCode(200)
                .header("Strict-Transport-Security", equalTo("max-age=31536000"));
        given().header("X-Forwarded-Proto", "http").get("/api/config").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }
}
