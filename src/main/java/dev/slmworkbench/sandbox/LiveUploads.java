package dev.slmworkbench.sandbox;

import dev.slmworkbench.sandbox.problem.SandboxProblem;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * The sandbox uploads in progress, watched from before their body is read until their exchange is
 * over, however it ends. Quarkus REST deletes an upload's spool file when the request completes, but
 * a request whose body never ends (client gone, the BFF's upload reset) waits for the rest forever:
 * such a request is ended here once its connection is gone, so its spool file goes with it.
 */
@Singleton
public class LiveUploads {

    static final String UPLOAD_PATH = "/sandbox/v1/datasets/upload";

    /** When each upload still in progress began. */
    private final Map<Object, Instant> started = new ConcurrentHashMap<>();

    @ServerRequestFilter(nonBlocking = true)
    public void watch(ResteasyReactiveContainerRequestContext request, RoutingContext rc) {
        if (rc.request().method() != HttpMethod.POST || !UPLOAD_PATH.equals(rc.normalizedPath())) {
            return;
        }
        Object upload = new Object();
        started.put(upload, Instant.now());
        rc.addEndHandler(ended -> {
            started.remove(upload);
            if (!rc.request().isEnded() && request.getServerRequestContext() instanceof ResteasyReactiveRequestContext
                    context && context.isSuspended()) {
                context.resume(new SandboxProblem(400, "Upload broken off",
                        "The connection closed before the whole upload arrived.", List.of()));
            }
        });
    }

    /** When the oldest upload still in progress began; empty when none is. */
    Optional<Instant> oldestStart() {
        return started.values().stream().min(Instant::compareTo);
    }
}
