package dev.slmworkbench.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;

/**
 * How an answer given before the request's body was read stops the client sending the rest: over
 * HTTP/1.1 the connection closes after the answer (announced with {@code Connection: close}); over
 * HTTP/2 only the request's stream is reset, as the connection carries other requests and HTTP/2
 * forbids the {@code Connection} header.
 */
public final class UnreadBodies {

    /** RST_STREAM NO_ERROR after a complete answer: "stop sending, the answer is all there is" (RFC 9113, 8.1). */
    static final long NO_ERROR = 0;

    private UnreadBodies() {
    }

    public static boolean http2(HttpServerRequest request) {
        return request.version() == HttpVersion.HTTP_2;
    }

    /** Before the answer's headers leave: over HTTP/1.1, tells the client the connection closes after it. */
    public static void announceClose(HttpServerRequest request) {
        if (!http2(request)) {
            request.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
    }

    /** After the answer (or instead of one): the client sends no more of this request's body. */
    public static void stop(HttpServerRequest request) {
        if (http2(request)) {
            if (!request.isEnded()) {
                request.response().reset(NO_ERROR);
            }
        } else {
            request.connection().close();
        }
    }
}
