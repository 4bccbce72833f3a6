package dev.slmworkbench.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.training.Problem;
import dev.slmworkbench.web.UnreadBodies;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

/**
 * The last word on what no resource answered: an unknown API path is a 404 problem (not the SPA's
 * page), a failure the client caused (it went away, sent too slowly, sent a broken multipart body)
 * is a 400/408 logged at DEBUG, and any other failure is a 500 problem without a stack trace or
 * class name, logged at ERROR.
 */
@ApplicationScoped
public class FailureHandler {

    private static final Logger LOG = Logger.getLogger(FailureHandler.class);
    private static final String QUARKUS_MULTIPART = "org.jboss.resteasy.reactive.server.core.multipart.";

    private final ObjectMapper json;

    FailureHandler(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route("/api/*").last().handler(rc -> send(rc, StandardProblems.of(404)));
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    private void failed(RoutingContext rc) {
        Problem clientFault = clientFault(rc.failure(), rc.response().closed());
        if (clientFault != null) {
            LOG.debugf("Request refused, the client's fault: %s %s: %s", rc.request().method(), rc.normalizedPath(),
                    rc.failure());
            if (!rc.response().closed() && !rc.response().headWritten()) {
                UnreadBodies.announceClose(rc.request());
                send(rc, clientFault).onComplete(sent -> {
                    if (UnreadBodies.http2(rc.request())) {
                        UnreadBodies.stop(rc.request());
                    }
                });
            }
            return;
        }
        if (rc.response().headWritten()) {
            rc.next();
            return;
        }
        int status = rc.statusCode() >= 400 ? rc.statusCode() : 500;
        if (status >= 500) {
            LOG.error("Request failed: " + rc.request().method() + " " + rc.normalizedPath(), rc.failure());
        }
        send(rc, StandardProblems.of(status));
    }

    /**
     * The problem for a failure the client caused, or null for a failure of the server. Quarkus
     * reports these as I/O errors whose only marks are their types and messages. A socket error
     * can only be the client's here: Training API calls fail as UpstreamException. Any I/O error
     * after the client's connection is gone counts as the client going away too.
     */
    static Problem clientFault(Throwable failure, boolean connectionGone) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpClosedException || t instanceof ClosedChannelException || isReset(t)
                    || (connectionGone && t instanceof IOException)) {
                return Problem.of(400, "Request incomplete", "The connection closed before the whole request arrived.");
            }
            if (t instanceof MultipartParser.MalformedMessageException
                    || (t instanceof IOException && t.getMessage() != null
                            && t.getMessage().startsWith("Connection terminated") && t.getMessage().contains("multipart"))) {
                return Problem.of(400, "Invalid upload",
                        "The upload is not a complete multipart form. Choose the file again and retry.");
            }
            if (t instanceof IOException && "Read timed out".equals(t.getMessage())) {
                return StandardProblems.of(408);
            }
            if (inPartHeaders(t)) {
                return Problem.of(400, "Invalid upload", "A file name in the upload could not be read (its encoded "
                        + "form is broken), or another header of the upload is malformed. Rename the file and upload it again.");
            }
        }
        return null;
    }

    /**
     * Quarkus REST's multipart parser lets a part header it cannot decode (a {@code filename*} with
     * {@code %zz}, a cut-off escape, an unknown charset) escape as a bare runtime exception; thrown
     * while it reads a part's headers, it can only be the client's input.
     */
    private static boolean inPartHeaders(Throwable t) {
        if (!(t instanceof RuntimeException)) {
            return false;
        }
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith(QUARKUS_MULTIPART) && "beginPart".equals(frame.getMethodName())) {
                return true;
            }
        }
        return false;
    }

    /** A reset or broken socket; failing to connect is an outbound failure and not the client's doing. */
    private static boolean isReset(Throwable t) {
        return t instanceof SocketException && !(t instanceof ConnectException) && !(t instanceof NoRouteToHostException);
    }

    /** Ends the answer with a problem; for the Vert.x-level filters, which run before Quarkus REST. */
    public Future<Void> send(RoutingContext rc, Problem problem) {
        return ProblemResponses.send(rc.response(), json, problem);
    }

    /**
     * Answers a request refused before it was read: a body not read yet (an upload of any size) is
     * not waited for, the client is told the connection closes and is stopped after the answer.
     */
    public void refuse(RoutingContext rc, Problem problem) {
        boolean unread = !rc.request().isEnded();
        if (unread) {
            UnreadBodies.announceClose(rc.request());
        }
        send(rc, problem).onComplete(sent -> {
            if (unread) {
                UnreadBodies.stop(rc.request());
            }
        });
    }
}
