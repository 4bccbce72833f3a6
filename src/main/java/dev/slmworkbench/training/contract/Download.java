package dev.slmworkbench.training.contract;

import dev.slmworkbench.http.ByteStreams;
import dev.slmworkbench.http.ContentLength;
import dev.slmworkbench.http.Contexts;
import dev.slmworkbench.training.DatasetDownload;
import dev.slmworkbench.training.FileSink;
import dev.slmworkbench.training.contract.relay.FileRelay;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.streams.ReadStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A dataset file on its way from the Training API, not yet read: its body is paused until someone
 * sends it on or reads it, and must be either read to the end or {@link #cancel() cancelled}.
 */
public final class Download implements DatasetDownload {

    private final HttpClientRequest request;
    private final HttpClientResponse response;
    /**
     * Present when the body can skip Vert.x on its way to a browser (see {@link FileRelay}); absent
     * with {@link DownloadRelay#PIPE}, or on a connection the relay does not know: then it is piped.
     */
    private final FileRelay relay;

    Download(HttpClientRequest request, HttpClientResponse response, FileRelay relay) {
        this.request = request;
        this.response = response;
        this.relay = relay;
    }

    /** The upstream's content encoding (its bytes are passed on as they came), or null. */
    @Override
    public String contentEncoding() {
        return response.getHeader(HttpHeaders.CONTENT_ENCODING);
    }

    /** The length the upstream announced, or -1 when it streams without one. */
    @Override
    public long contentLength() {
        long length = ContentLength.of(response.getHeader(HttpHeaders.CONTENT_LENGTH));
        return length == ContentLength.UNREADABLE ? -1 : length;
    }

    /** The bytes, paused: read them (with back-pressure) to start the transfer. */
    public ReadStream<Buffer> body() {
        if (relay != null) {
            relay.release();
        }
        return response;
    }

    /**
     * Sends the bytes to {@code sink}: past Vert.x or through its pipe when the sink is a Vert.x
     * response, else piece by piece, each once the sink has room.
     */
    @Override
    public CompletionStage<Void> sendTo(FileSink sink) {
        HttpServerResponse target = sink.unwrap(HttpServerResponse.class);
        return target != null ? sendTo(target).toCompletionStage() : write(sink);
    }

    /**
     * Sends the bytes to a browser's response, with back-pressure, and ends it once the upstream's
     * body has ended. Fails when the transfer breaks off; then the response is neither ended nor
     * reset here (the caller decides how the browser learns of it).
     */
    Future<Void> sendTo(HttpServerResponse target) {
        if (relay == null) {
            return response.pipe().endOnFailure(false).to(target);
        }
        Promise<Void> sent = Promise.promise();
        response.exceptionHandler(sent::tryFail);
        // Only the end comes this way: the pieces before it went to the target from the socket.
        response.handler(piece -> target.write(piece));
        response.endHandler(ignored -> target.end().onComplete(sent));
        relay.sendTo(target);
        response.resume();
        return sent.future();
    }

    /** Any other sink: the body pauses while the sink has no room, and nothing is relayed. */
    private CompletionStage<Void> write(FileSink sink) {
        if (relay != null) {
            relay.release();
        }
        CompletableFuture<Void> sent = new CompletableFuture<>();
        response.exceptionHandler(sent::completeExceptionally);
        response.handler(piece -> {
            response.pause();
            Context context = Vertx.currentContext();
            sink.write(ByteStreams.view(piece)).whenComplete((ignored, failure) -> Contexts.on(context, () -> {
                if (failure == null) {
                    response.resume();
                } else if (sent.completeExceptionally(failure)) {
                    cancel();
                }
            }));
        });
        response.endHandler(ignored -> sink.end().whenComplete((done, failure) -> {
            if (failure == null) {
                sent.complete(null);
            } else {
                sent.completeExceptionally(failure);
            }
        }));
        response.resume();
        return sent;
    }

    /** Whether the body will skip Vert.x when sent on (so a test can tell the fast way is taken). */
    boolean relayed() {
        return relay != null;
    }

    /** Stops the transfer: the upstream connection is dropped and nothing more is read. */
    @Override
    public void cancel() {
        request.reset();
    }
}
