package dev.slmworkbench.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.testing.EdgeProfile;
import dev.slmworkbench.testing.LogCapture;
import dev.slmworkbench.testing.RawHttp;
import dev.slmworkbench.testing.SandboxAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A client that stops sending mid-body is cut off after the idle timeout (8 s here), quietly. */
@QuarkusTest
@TestProfile(EdgeProfile.class)
class SlowClientTest {

    @Test
    void aStalledBodyTimesOutWithoutAnErrorInTheLog() throws InterruptedException {
        // The body is read by the event loop; a client that stops sending is cut off by the idle timeout.
        byte[] start = new byte[20_000];
        Arrays.fill(start, (byte) ' ');
        start[0] = '{';
        try (LogCapture logs = LogCapture.open()) {
            long closedAfter = RawHttp.stall(RawHttp.head("POST", "/sandbox/v1/experiments",
                    "Content-Type: application/json\r\nContent-Length: 100000\r\nAuthorization: " + SandboxAuth.header() + "\r\n"), start, 15_000);
            assertTrue(closedAfter >= 0, "the server closes a stalled request");
            Thread.sleep(500);
            assertEquals(List.of(), logs.loud());
        }
    }
}
