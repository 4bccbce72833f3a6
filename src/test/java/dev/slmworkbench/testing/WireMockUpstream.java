package dev.slmworkbench.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A fake Training API on a dynamic port. Setting {@code training-api.url} also switches the
 * embedded sandbox off, so tests in this group see the app as it runs against a real upstream.
 * Use with {@code @WithTestResource(WireMockUpstream.class)}: classes that share it share one
 * Quarkus boot. The server is reached through {@link #server()}.
 */
public class WireMockUpstream implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;
    private static Path sandboxDataDir;

    public static WireMockServer server() {
        return server;
    }

    /** The sandbox data dir configured for this group; the sandbox must never create it. */
    public static Path sandboxDataDir() {
        return sandboxDataDir;
    }

    @Override
    public Map<String, String> start() {
        // A fixed port, so a test can stop the server to make the upstream unreachable and start it again.
        server = new WireMockServer(wireMockConfig().port(freePort()));
        server.start();
        try {
            sandboxDataDir = Files.createTempDirectory("slmw-off").resolve("sandbox-must-not-exist");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "training-api.url", server.baseUrl() + "/v1",
                "training-api.token", TOKEN,
                "sandbox.data-dir", sandboxDataDir.toString(),
                "training-api.read-timeout-ms", Long.toString(READ_TIMEOUT_MS),
                // tests here count upstream calls; the one testing the read cache switches it on itself
                "training-api.read-cache-window", "0s",
                "training-api.bare-list-cache-window", "0s",
                // wide enough that one dashboard call failing in full (4 calls x 3 tries) does not open it
                "training-api.breaker-window", Integer.toString(BREAKER_WINDOW),
                "ui.max-upload-size", Long.toString(MAX_UPLOAD_BYTES),
                // a list longer than one sweep for names reads is a few pages here (NamesInBulkTest)
                "training-api.name-list-max-items", "1700");
    }

    /** The read timeout this group runs with, short so timeout tests stay quick. */
    public static final long READ_TIMEOUT_MS = 1000;
    public static final int BREAKER_WINDOW = 20;
    /** The largest dataset upload this group accepts: small, so a test can go past it. */
    public static final long MAX_UPLOAD_BYTES = 2L * 1024 * 1024;
    /** The credential the app is configured to send to this upstream. */
    public static final String TOKEN = "upstream-test-token";

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
