package dev.slmworkbench.training.contract;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.HttpServer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the Training API is and how to prove who we are to it. Without {@code TRAINING_API_URL}
 * it is the embedded sandbox of this very process: reached at 127.0.0.1 (never a name that may
 * resolve elsewhere) on the port the server actually bound, with the sandbox's per-process token.
 */
@ApplicationScoped
public class TrainingApiEndpoint {

    static final String SANDBOX_PATH = "/sandbox/v1";

    private final TrainingApiConfig config;
    private final Instance<HttpServer> server;
    private final Optional<String> sandboxToken;
    private final int configuredPort;

    TrainingApiEndpoint(TrainingApiConfig config, Instance<HttpServer> server,
            @ConfigProperty(name = "sandbox.token") Optional<String> sandboxToken,
            @ConfigProperty(name = "quarkus.http.port") int port,
            @ConfigProperty(name = "quarkus.http.test-port") int testPort) {
        this.config = config;
        this.server = server;
        this.sandboxToken = sandboxToken;
        this.configuredPort = LaunchMode.current() == LaunchMode.TEST ? testPort : port;
    }

    /** Asked at the first call, once the server listens, so a random port (0) is known by then. */
    public URI baseUri() {
        if (!config.sandbox()) {
            return URI.create(config.url().orElseThrow().strip());
        }
        return URI.create("http://127.0.0.1:" + boundPort() + SANDBOX_PATH);
    }

    /** The bearer token to send, if any. */
    public Optional<String> token() {
        Optional<String> token = config.sandbox() ? sandboxToken : config.token();
        return token.map(String::strip).filter(t -> !t.isEmpty());
    }

    private int boundPort() {
        if (server.isResolvable()) {
            int port = server.get().getPort();
            if (port > 0) {
                return port;
            }
        }
        return configuredPort;
    }
}
