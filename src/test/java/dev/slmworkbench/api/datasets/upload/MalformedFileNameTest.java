package dev.slmworkbench.api.datasets.upload;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slmworkbench.testing.Bodies;
import dev.slmworkbench.testing.LogCapture;
import dev.slmworkbench.testing.RawHttp;
import dev.slmworkbench.testing.SandboxAuth;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code filename*} that does not decode (a bad escape, a cut-off escape, an unknown charset) is bad
 * input like any other: a 400 problem with a sentence, through the BFF and at the sandbox's own
 * upload route, and nothing louder than DEBUG in the log.
 */
@QuarkusTest
class MalformedFileNameTest {

    private static final String[] BAD = {
            "UTF-8''rows%zz.csv", "UTF-8''rows.csv%", "UTF-8''rows%4.csv", "x-unknown-charset''rows.csv",
            "UTF-8''%C3%28.csv", "no-quotes-at-all.csv"};

    private static byte[] body(String extended) {
        return ("--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nBad name\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\ntraining\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename*=" + extended
                + "\r\nContent-Type: text/csv\r\n\r\na,b\r\n1,2\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static RawHttp.Answer upload(String path, String extraHeaders, String extended) {
        byte[] body = body(extended);
        return RawHttp.exchange(RawHttp.head("POST", path, "Content-Type: multipart/form-data; boundary=b\r\n"
                + "Content-Length: " + body.length + "\r\n" + extraHeaders), body);
    }

    private static void assertRefused(RawHttp.Answer answer, LogCapture logs) {
        assertEquals(400, answer.status(), answer::toString);
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertThat(answer.body(), containsString("file name"));
        Bodies.assertNoLeak(answer.body());
        assertEquals(List.of(), logs.loud());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void throughTheBff(int which) {
        try (LogCapture logs = LogCapture.open()) {
            RawHttp.Answer answer = upload("/api/datasets", "X-Requested-With: slm-workbench\r\n", BAD[which]);
            assertRefused(answer, logs);
            assertThat(answer.body(), containsString("\"field\":\"file\""));
        }
    }

    /** Invalid UTF-8 ({@code %C3%28}) left out: Quarkus's parser reads it as U+FFFD, which is harmless. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 5})
    void atTheSandbox(int which) {
        try (LogCapture logs = LogCapture.open()) {
            assertRefused(upload("/sandbox/v1/datasets/upload", "Authorization: " + SandboxAuth.header() + "\r\n",
                    BAD[which]), logs);
        }
    }
}
