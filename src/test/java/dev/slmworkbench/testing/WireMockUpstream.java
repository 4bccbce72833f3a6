package dev.slmworkbench.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A fake Training API on a dynamic port. Setting {@code training-api.url} also switches the
 * embedded sandbox off, so tests in this group see the app as it runs against a real upstream.
 * Use with {@code @QuarkusTestResource(value = WireMockUpstream.class, restrictToAnnotatedClass = true)}
 * and {@code @InjectWireMock}-free access through {@link #server()}.
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
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        try {
            sandboxDataDir = Files.createTempDirectory("slmw-off").resolve("sandbox-must-not-exist");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "training-api.url", server.baseUrl() + "/v1",
                "sandbox.data-dir", sandboxDataDir.toString());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
