package dev.slmworkbench.api.datasets.upload;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.slmworkbench.testing.LogCapture;
import dev.slmworkbench.testing.Multipart;
import dev.slmworkbench.testing.RawHttp;
import dev.slmworkbench.testing.UpstreamTestBase;
import dev.slmworkbench.testing.WireMockUpstream;
import dev.slmworkbench.training.TrainingApiStatus;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * Uploads the browser breaks off after their file began streaming to the Training API end the
 * upstream request, but they are the browser's doing: the breaker, the health's last failure and
 * the ERROR log are for failures of the Training API only (issue 24, item 2).
 */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class BrokenUploadsTest extends UpstreamTestBase {

    @Test
    void uploadsTheBrowserBreaksOffDoNotOpenTheBreaker() {
        upstream.stubFor(post(urlPathEqualTo("/v1/datasets/upload")).willReturn(okJson(
                "{\"id\":\"never\",\"name\":\"x\",\"type\":\"training\",\"format\":\"csv\"}")));
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets")).willReturn(okJson("{\"items\":[],\"total\":0}")));
        TrainingApiStatus.Failure before = training.status().lastFailure();
        Multipart form = new Multipart().field("name", "Chats").field("type", "training")
                // enough rows that the start of the file is checked and the rest streams upstream
                .file("file", "chats.csv", ("prompt,completion\n" + "hi,there\n".repeat(50)).getBytes(StandardCharsets.UTF_8));
        byte[] unfinished = form.unfinished();
        String head = RawHttp.head("POST", "/api/datasets", "X-Requested-With: slm-workbench\r\nContent-Type: "
                + form.contentType() + "\r\nContent-Length: " + (unfinished.length + 100_000) + "\r\n");

        try (LogCapture log = LogCapture.open()) {
            for (int i = 0; i < WireMockUpstream.BREAKER_WINDOW + 2; i++) {
                switch (i % 3) {
                    // the browser goes away (a closed tab), or its connection is reset
                    case 0 -> RawHttp.abort(head, unfinished, false);
                    case 1 -> RawHttp.abort(head, unfinished, true);
                    // the body ends without the closing boundary: refused, and the upstream request reset
                    default -> assertEquals(400, RawHttp.exchange(RawHttp.head("POST", "/api/datasets",
                            "X-Requested-With: slm-workbench\r\nContent-Type: " + form.contentType()
                                    + "\r\nContent-Length: " + unfinished.length + "\r\n"), unfinished).status());
                }
            }

            given().when().get("/api/datasets").then().statusCode(200).body("total", equalTo(0));
            assertEquals(CircuitBreakerState.CLOSED, training.status().breaker());
            assertSame(before, training.status().lastFailure(), "no Training API failure recorded");
            assertEquals(List.of(), log.atLeast(Level.SEVERE));
        }
    }
}
