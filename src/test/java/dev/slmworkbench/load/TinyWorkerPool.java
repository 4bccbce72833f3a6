package dev.slmworkbench.load;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Sandbox mode with a worker pool far smaller than the load the tests put on it, and a short idle
 * timeout: if any request path parked a worker thread on the Training API or on a slow client,
 * these tests would see it.
 */
public class TinyWorkerPool implements QuarkusTestProfile {

    static final int WORKER_THREADS = 8;
    static final long IDLE_TIMEOUT_MS = 8000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.thread-pool.core-threads", "1",
                "quarkus.thread-pool.max-threads", Integer.toString(WORKER_THREADS),
                "quarkus.http.idle-timeout", IDLE_TIMEOUT_MS + "ms",
                // The browser tests are not part of this profile; skip building the UI again.
                "quarkus.quinoa", "false");
    }
}
