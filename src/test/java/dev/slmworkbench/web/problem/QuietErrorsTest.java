package dev.slmworkbench.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.testing.Bodies;
import dev.slmworkbench.testing.LogCapture;
import dev.slmworkbench.testing.RawHttp;
import dev.slmworkbench.testing.SandboxAuth;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What clients break (aborted uploads, broken multipart) is answered plainly and not logged as a server fault. */
@QuarkusTest
class QuietErrorsTest {

    private static final String UPLOAD = "/sandbox/v1/datasets/upload";
    /** The sandbox's token, so the requests get past its gate to the body handling under test. */
    private static String auth() {
        return "Authorization: " + SandboxAuth.header() + "\r\n";
    }
    private static final String START = "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAborted\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rows.csv\"\r\nContent-Type: text/csv\r\n\r\n"
            + "a,b\r\n1,2\r\n";

    @ParameterizedTest(name = "reset={0}")
    @ValueSource(booleans = {false, true})
    void anAbortedUploadLogsNoError(boolean reset) throws InterruptedException {
        try (LogCapture logs = LogCapture.open()) {
            for (int i = 0; i < 3; i++) {
                RawHttp.abort(RawHttp.head("POST", UPLOAD,
                        "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n" + auth()),
                        START.getBytes(StandardCharsets.US_ASCII), reset);
            }
            // the server notices the closed connection on its own schedule
            Thread.sleep(1500);
            assertEquals(List.of(), logs.loud());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "this is not multipart at all",
            "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nNo closing boundary\r\n",
            "--b\r\ngarbage without an end of headers"})
    void aMalformedMultipartBodyIsA400Problem(String body) {
        try (LogCapture logs = LogCapture.open()) {
            RawHttp.Answer answer = RawHttp.exchange(RawHttp.head("POST", UPLOAD,
                    "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + body.length() + "\r\n" + auth()),
                    body.getBytes(StandardCharsets.US_ASCII));
            assertEquals(400, answer.status(), answer::toString);
            assertEquals("application/problem+json", answer.header("Content-Type"));
            assertTrue(answer.body().contains("\"title\":\"Invalid upload\""), answer::body);
            Bodies.assertNoLeak(answer.body());
            assertEquals(List.of(), logs.loud());
        }
    }
}
