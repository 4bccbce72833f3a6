package dev.slmworkbench.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

/** Checks that what reaches the browser carries nothing of the server's insides. */
public final class Bodies {

    private static final List<String> LEAKS = List.of(
            "Exception", "\tat ", "at dev.", "at io.", "java.", "jakarta.", "io.quarkus", "io.vertx",
            "localhost", "127.0.0.1", "wiremock", "/v1/");

    private Bodies() {
    }

    public static void assertNoLeak(String body) {
        for (String leak : LEAKS) {
            assertFalse(body.contains(leak), () -> "body leaks '" + leak + "': " + body);
        }
    }
}
