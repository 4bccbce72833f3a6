package dev.slmworkbench.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.slmworkbench.testing.Bodies;
import dev.slmworkbench.testing.SecurityHeaders;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A request line or header block past the limits is answered like any other refusal: problem JSON
 * with a sentence and the security headers, not the HTTP codec's bare 414 or 431.
 */
@QuarkusTest
class HeadLimitsTest {

    @Test
    void aTooLongAddressIsA414Problem() {
        String body = SecurityHeaders.assertPresent(given().queryParam("q", "a".repeat(9000))
                .get("/api/datasets").then().statusCode(414))
                .contentType("application/problem+json")
                .body("title", equalTo("Address too long"))
                .body("detail", containsString("8,192 characters"))
                .extract().asString();
        Bodies.assertNoLeak(body);
    }

    @Test
    void anAddressWithinTheLimitIsServed() {
        given().queryParam("unused", "a".repeat(7000)).get("/api/config").then().statusCode(200);
    }

    @Test
    void tooLargeHeadersAreA431Problem() {
        String body = SecurityHeaders.assertPresent(given().header("X-Padding", "p".repeat(30_000))
                .get("/api/config").then().statusCode(431))
                .contentType("application/problem+json")
                .body("title", equalTo("Headers too large"))
                .extract().asString();
        Bodies.assertNoLeak(body);
    }

    @Test
    void aPageAddressPastTheLimitIsA414ProblemToo() {
        SecurityHeaders.assertPresent(given().get("/datasets/" + "x".repeat(9000)).then().statusCode(414))
                .contentType("application/problem+json");
    }
}
