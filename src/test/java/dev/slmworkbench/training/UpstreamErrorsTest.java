package dev.slmworkbench.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.ConnectTimeoutException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class UpstreamErrorsTest {

    @Test
    void aConnectTimeoutIsUnreachableAndRetriedNotATimeout() {
        UpstreamException e = (UpstreamException) UpstreamErrors.fromThrowable(
                new RuntimeException(new ConnectTimeoutException("connection timed out: /10.0.0.1:443")));
        assertEquals(UpstreamException.Kind.UNREACHABLE, e.kind());
        assertEquals(503, e.problem().status());
        assertTrue(e.retriable());
    }

    @Test
    void aReadTimeoutIsATimeoutAndNotRetried() {
        UpstreamException e = (UpstreamException) UpstreamErrors.fromThrowable(new TimeoutException());
        assertEquals(UpstreamException.Kind.TIMEOUT, e.kind());
        assertEquals(504, e.problem().status());
        assertFalse(e.retriable());
    }

    @Test
    void sandboxSentencesDoNotSendTheUserToAnExternalTrainingApi() {
        for (UpstreamException e : List.of(UpstreamErrors.unreachable(), UpstreamErrors.timedOut(),
                (UpstreamException) UpstreamErrors.fromThrowable(
                        new org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException()))) {
            UpstreamException sandbox = UpstreamErrors.aboutSandbox(e);
            assertEquals(e.problem().status(), sandbox.problem().status());
            assertEquals(e.kind(), sandbox.kind());
            String text = sandbox.problem().title() + " " + sandbox.problem().detail();
            assertTrue(text.contains("sandbox"), text);
            assertFalse(text.contains("check that it is running"), text);
            assertFalse(text.startsWith("Training API"), text);
        }
    }
}
