package dev.slmworkbench.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The app as deployed behind a TLS-terminating proxy under a real host name, with short read and
 * idle timeouts so slow clients are quick to test, and a worker pool far smaller than the load
 * the tests put on it: if any request path parked a worker thread on the Training API or on a
 * slow client, they would see it. Test classes that share it share one Quarkus boot.
 */
public class EdgeProfile implements QuarkusTestProfile {

    public static final String HOST = "workbench.example.com";
    public static final int WORKER_THREADS = 8;
    public static final long IDLE_TIMEOUT_MS = 8000;
    public static final long PACE_WINDOW_MS = 3000;
    public static final long BAD_RECORDS_ALLOWED = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.thread-pool.core-threads", "1",
                "quarkus.thread-pool.max-threads", Integer.toString(WORKER_THREADS),
                "quarkus.http.idle-timeout", IDLE_TIMEOUT_MS + "ms",
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.enable-forwarded-host", "true",
                "ui.allowed-hosts", HOST + ",localhost,127.0.0.1,[::1]",
                "quarkus.http.read-timeout", "1s",
                // uploads are judged on their pace every 3 s here (UploadPaceTest)
                "ui.upload-pace-window", PACE_WINDOW_MS + "ms",
                // a few bad records may be left out here (BadRecordsAllowedTest)
                "ui.upload-max-bad-records", Long.toString(BAD_RECORDS_ALLOWED));
    }
}
