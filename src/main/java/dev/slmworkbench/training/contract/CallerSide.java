package dev.slmworkbench.training.contract;

import dev.slmworkbench.training.UpstreamErrors;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import org.jboss.logging.Logger;

/**
 * The caller's side of an upload: it fails when the browser went or the upload was refused
 * here, which ends the upstream request but is no failure of the Training API.
 */
final class CallerSide implements ReadStream<Buffer> {

    private static final Logger LOG = Logger.getLogger(CallerSide.class);

    private final ReadStream<Buffer> source;

    CallerSide(ReadStream<Buffer> source) {
        this.source = source;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        source.exceptionHandler(handler == null ? null : cause -> {
            LOG.debugf("Dataset upload stopped on this side: %s", cause.getMessage());
            handler.handle(UpstreamErrors.endedHere());
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        source.handler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        source.endHandler(endHandler);
        return this;
    }
}
