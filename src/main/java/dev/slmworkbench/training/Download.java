package dev.slmworkbench.training;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.streams.ReadStream;

/**
 * A dataset file on its way from the Training API, not yet read: its body is paused until someone
 * pipes it, and must be either read to the end or {@link #cancel() cancelled}.
 */
public final class Download {

    private final HttpClientRequest request;
    private final HttpClientResponse response;

    Download(HttpClientRequest request, HttpClientResponse response) {
        this.request = request;
        this.response = response;
    }

    /** The upstream's content type, or null when it sent none. */
    public String contentType() {
        return response.getHeader(HttpHeaders.CONTENT_TYPE);
    }

    /** The length the upstream announced, or -1 when it streams without one. */
    public long contentLength() {
        String length = response.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The bytes, paused: pipe them somewhere (with back-pressure) to start the transfer. */
    public ReadStream<Buffer> body() {
        return response;
    }

    /** Stops the transfer: the upstream connection is dropped and nothing more is read. */
    public void cancel() {
        request.reset();
    }
}
