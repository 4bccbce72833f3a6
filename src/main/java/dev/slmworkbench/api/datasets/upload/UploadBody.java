package dev.slmworkbench.api.datasets.upload;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;
import java.util.ArrayDeque;

/**
 * The rest of an upload's file, after its checked start, as a stream with back-pressure: pausing
 * it pauses the browser's request, so the file moves only as fast as the Training API takes it.
 * What was already read when it paused waits here (at most the piece being parsed). Event loop only.
 */
final class UploadBody implements ReadStream<Buffer> {

    private final HttpServerRequest request;
    private final ArrayDeque<Buffer> waiting = new ArrayDeque<>();
    private Handler<Buffer> handler;
    private Handler<Void> endHandler;
    private Handler<Throwable> exceptionHandler;
    private boolean paused;
    private long pauses;
    private boolean ended;
    private boolean endSent;
    private Throwable failure;

    UploadBody(HttpServerRequest request) {
        this.request = request;
    }

    /** Whether the Training API holds the browser back now, or did since it had {@code pausesBefore} pauses. */
    boolean heldBackSince(long pausesBefore) {
        return paused || pauses != pausesBefore;
    }

    long pauses() {
        return pauses;
    }

    /** Bytes of the file, as the parser finds them. */
    void push(Buffer data) {
        if (failure != null || ended) {
            return;
        }
        waiting.add(data);
        flush();
    }

    /** The browser's request ended well: the file is complete. */
    void end() {
        ended = true;
        flush();
    }

    /** The upload was refused or broke off: whoever reads this must not take it as complete. */
    void fail(Throwable cause) {
        if (failure != null || endSent) {
            return;
        }
        failure = cause;
        waiting.clear();
        if (exceptionHandler != null) {
            exceptionHandler.handle(cause);
        }
    }

    @Override
    public UploadBody handler(Handler<Buffer> handler) {
        this.handler = handler;
        flush();
        return this;
    }

    @Override
    public UploadBody endHandler(Handler<Void> endHandler) {
        this.endHandler = endHandler;
        flush();
        return this;
    }

    @Override
    public UploadBody exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        if (failure != null && handler != null) {
            handler.handle(failure);
        }
        return this;
    }

    @Override
    public UploadBody pause() {
        paused = true;
        pauses++;
        request.pause();
        return this;
    }

    @Override
    public UploadBody resume() {
        paused = false;
        flush();
        if (!paused && !ended) {
            request.resume();
        }
        return this;
    }

    @Override
    public UploadBody fetch(long amount) {
        return amount > 0 ? resume() : this;
    }

    private void flush() {
        while (!paused && handler != null && failure == null && !waiting.isEmpty()) {
            handler.handle(waiting.poll());
        }
        if (!paused && ended && !endSent && failure == null && waiting.isEmpty() && endHandler != null) {
            endSent = true;
            endHandler.handle(null);
        }
    }
}
