package dev.slmworkbench.web.problem;

import dev.slmworkbench.web.SameOriginGuard;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slmworkbench.testing.LogCapture;
import dev.slmworkbench.testing.Multipart;
import dev.slmworkbench.testing.UpstreamTestBase;
import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/** A Training API that says when to come back is heard in the browser: its Retry-After is passed on. */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class RetryAfterTest extends UpstreamTestBase {

    @TestHTTPResource("/api/datasets")
    URL uploads;

    @Test
    void aTooManyRequestsKeepsItsRetryAfter() {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "30").withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Slow down\",\"status\":429,\"detail\":\"Too many requests.\"}")));
        given().when().get("/api/datasets").then().statusCode(429)
                .header("Retry-After", "30")
                .body("detail", equalTo("Too many requests."));
    }

    @Test
    void aDateIsPassedOnAsSecondsAndNonsenseNotAtAll() {
        String inTwoMinutes = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(120));
        upstream.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", inTwoMinutes)));
        int seconds = Integer.parseInt(given().when().get("/api/models").then().statusCode(429)
                .extract().header("Retry-After"));
        assertEquals(120, seconds, 5);

        upstream.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "soon\r\nSet-Cookie: a=b")));
        given().when().get("/api/models").then().statusCode(429).header("Retry-After", nullValue());

        upstream.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "99999999999")));
        given().when().get("/api/models").then().statusCode(429).header("Retry-After", "86400");
    }

    @Test
    void anUnavailableUpstreamSaysWhenToComeBackAfterItsRetries() {
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments")).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "7")));
        given().when().get("/api/experiments").then().statusCode(502).header("Retry-After", "7");
    }

    @Test
    void anOpenBreakerSaysWhenItTriesAgain() {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets")).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < WireMockUpstream.BREAKER_WINDOW; i++) {
            given().when().get("/api/datasets").then().statusCode(502);
        }
        given().when().get("/api/datasets").then().statusCode(503)
                .body("title", equalTo("Training API unavailable"))
                .header("Retry-After", "10");
    }

    @Test
    void anUploadRefusedForNowKeepsItsRetryAfter() throws Exception {
        upstream.stubFor(post(urlPathEqualTo("/v1/datasets/upload")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "12")));
        Multipart form = new Multipart().field("name", "Chats").field("type", "training")
                .file("file", "chats.csv", "prompt,completion\nhi,hello\n".getBytes(StandardCharsets.UTF_8));
        // The JDK client upgrades to HTTP/2 (h2c): a refusal after the whole body arrived must log nothing.
        LogCapture logs = LogCapture.open();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(uploads.toString()))
                .header("Content-Type", form.contentType()).header(SameOriginGuard.HEADER, SameOriginGuard.HEADER_VALUE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(429, answer.statusCode());
        assertEquals("12", answer.headers().firstValue("Retry-After").orElse(null));
        Thread.sleep(300);
        logs.close();
        assertEquals(java.util.List.of(), logs.loud());
    }
}
