package dev.slmworkbench.web;

import dev.slmworkbench.http.ContentLength;
import dev.slmworkbench.web.problem.ProblemResponses;
import dev.slmworkbench.web.problem.FailureHandler;
import dev.slmworkbench.http.ByteSizes;
import dev.slmworkbench.training.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Request bodies are capped per route before anything reads them: multipart uploads to the
 * {@link #UPLOAD_ROUTES} may be as large as {@code MAX_UPLOAD_SIZE}; every other body (JSON above all)
 * at most {@code ui.max-body-size}. Too large is a 413 problem, whether the client announced the size
 * or streams the body in chunks (those are counted as they arrive and held until complete, which the
 * small limit makes cheap). Over HTTP/2 a body without a length is counted the same way, only later:
 * once Quarkus REST has taken the request ({@link #replayBufferedBody}).
 */
@ApplicationScoped
public class BodyLimits {

    /** The only routes that take large bodies: {@code METHOD path}, multipart only. */
    static final List<String> UPLOAD_ROUTES = List.of("POST /sandbox/v1/datasets/upload", "POST /api/datasets");

    /** After {@link HostGuard}: a request for another host is refused before its size matters. */
    static final int PRIORITY = 80;

    private static final Logger LOG = Logger.getLogger(BodyLimits.class);
    private static final String BUFFERED = BodyLimits.class.getName() + ".body";
    private static final String STREAMED_LIMIT = BodyLimits.class.getName() + ".streamed";

    private final long maxBody;
    private final long maxUpload;
    private final FailureHandler problems;

    BodyLimits(WebConfig config, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxUpload,
            FailureHandler problems) {
        this.maxBody = config.maxBodySize().asLongValue();
        this.maxUpload = maxUpload.asLongValue();
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::limit, PRIORITY);
    }

    private void limit(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        boolean upload = isUpload(request.method().name(), rc.normalizedPath(), request.getHeader("Content-Type"));
        long max = upload ? maxUpload : maxBody;
        String length = request.getHeader("Content-Length");
        if (length != null) {
            // The HTTP codec reads no more than the announced length, so the header is all there is to check.
            if (ContentLength.of(length) > max) {
                refuse(rc, max, 0);
            } else {
                rc.next();
            }
        } else if (upload || !streamsBody(request)) {
            // A chunked upload is counted by Quarkus against quarkus.http.limits.max-body-size.
            rc.next();
        } else if (UnreadBodies.http2(request)) {
            // Quarkus REST pauses each request it takes, which HTTP/2 refuses once the body has been read:
            // such a body is read (and counted) by readStreamedBody, after that pause.
            rc.put(STREAMED_LIMIT, max);
            rc.next();
        } else {
            buffer(rc, max);
        }
    }

    /** Decided on the normalised path, the one the routers match, so every spelling of a route gets its limit. */
    static boolean isUpload(String method, String normalizedPath, String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                || normalizedPath == null) {
            return false;
        }
        // Both routers take "/api/datasets/" for "/api/datasets".
        String path = normalizedPath.length() > 1 && normalizedPath.endsWith("/")
                ? normalizedPath.substring(0, normalizedPath.length() - 1) : normalizedPath;
        return UPLOAD_ROUTES.contains(method + " " + path);
    }

    /**
     * A body without Content-Length: chunked in HTTP/1.1, or an HTTP/2 stream that may still carry one
     * (its end may not have been seen yet even without a body). Nobody reads the body of a GET or HEAD.
     */
    private static boolean streamsBody(HttpServerRequest request) {
        if (request.getHeader("Transfer-Encoding") != null) {
            return true;
        }
        HttpMethod method = request.method();
        return UnreadBodies.http2(request) && !request.isEnded() && method != HttpMethod.GET && method != HttpMethod.HEAD;
    }

    /** Reads the whole (small) body, counting as it arrives, then lets the request go on with it. */
    private void buffer(RoutingContext rc, long max) {
        HttpServerRequest request = rc.request();
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (body.length() + chunk.length() > max) {
                refuse(rc, max, body.length() + chunk.length());
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.exceptionHandler(e -> LOG.debugf("Request body not received: %s %s: %s",
                request.method(), request.path(), e.getMessage()));
        request.endHandler(ignored -> {
            rc.put(BUFFERED, body);
            rc.next();
        });
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            rc.response().writeContinue();
        }
        request.resume();
    }

    /**
     * Answers 413 at once. Over HTTP/1.1 it reads on and drops what the client still sends (up to
     * another limit's worth) so it gets to see the answer; after that, or at the body's end, the
     * connection closes. Over HTTP/2 the stream is reset after the answer, the connection stays.
     */
    private void refuse(RoutingContext rc, long max, long alreadyRead) {
        HttpServerRequest request = rc.request();
        if (UnreadBodies.http2(request)) {
            request.handler(dropped -> { });
            problems.send(rc, tooLarge(max)).onComplete(sent -> UnreadBodies.stop(request));
            request.resume();
            return;
        }
        long[] dropped = {alreadyRead};
        long drainLimit = max + Math.max(max, 1024 * 1024);
        request.handler(chunk -> {
            dropped[0] += chunk.length();
            if (dropped[0] > drainLimit) {
                request.connection().close();
            }
        });
        request.exceptionHandler(e -> LOG.debugf("Connection closed while refusing a large body: %s", e.getMessage()));
        request.endHandler(ignored -> request.connection().close());
        UnreadBodies.announceClose(request);
        problems.send(rc, tooLarge(max));
        request.resume();
    }

    private static Problem tooLarge(long max) {
        return Problem.of(413, "Request too large",
                "The request is larger than this address accepts (" + ByteSizes.describe(max) + "). Send less data.");
    }

    /**
     * Hands a body this filter already read to Quarkus REST, which would otherwise wait for it again;
     * an HTTP/2 body without a length is read here, counted as it arrives, once Quarkus REST has the request.
     */
    @ServerRequestFilter(preMatching = true, nonBlocking = true)
    public Uni<Response> replayBufferedBody(ContainerRequestContext request, RoutingContext rc) {
        Buffer body = rc.get(BUFFERED);
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes()));
        }
        Long max = rc.get(STREAMED_LIMIT);
        return max == null ? Uni.createFrom().nullItem() : readStreamed(request, rc, max);
    }

    private static Uni<Response> readStreamed(ContainerRequestContext context, RoutingContext rc, long max) {
        HttpServerRequest request = rc.request();
        return Uni.createFrom().emitter(answer -> {
            Buffer body = Buffer.buffer();
            boolean[] refused = {false};
            request.handler(chunk -> {
                if (refused[0]) {
                    return;
                }
                if (body.length() + chunk.length() > max) {
                    refused[0] = true;
                    rc.addEndHandler(ended -> UnreadBodies.stop(request));
                    answer.complete(ProblemResponses.of(tooLarge(max)));
                } else {
                    body.appendBuffer(chunk);
                }
            });
            request.exceptionHandler(e -> {
                LOG.debugf("Request body not received: %s %s: %s", request.method(), request.path(), e.getMessage());
                answer.fail(new HttpClosedException("The client stopped the request."));
            });
            request.endHandler(ignored -> {
                if (!refused[0]) {
                    context.setEntityStream(new ByteArrayInputStream(body.getBytes()));
                    answer.complete(null);
                }
            });
            if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
                rc.response().writeContinue();
            }
            request.resume();
        });
    }
}
