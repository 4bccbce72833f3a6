package dev.slmworkbench.api.datasets;

import dev.slmworkbench.http.ByteStreams;
import dev.slmworkbench.training.FileSink;
import io.vertx.core.http.HttpServerResponse;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A browser's response as the place a dataset file goes: a write has room again once the
 * response's write queue has drained. A backend that sends Vert.x bytes may take the response
 * itself ({@link #unwrap}) and send them the short way.
 */
final class ResponseSink implements FileSink {

    private final HttpServerResponse response;

    ResponseSink(HttpServerResponse response) {
        this.response = response;
    }

    @Override
    public CompletionStage<Void> write(ByteBuffer piece) {
        CompletableFuture<Void> room = new CompletableFuture<>();
        response.write(ByteStreams.buffer(piece)).onFailure(room::completeExceptionally);
        if (response.writeQueueFull()) {
            response.drainHandler(ignored -> room.complete(null));
        } else {
            room.complete(null);
        }
        return room;
    }

    @Override
    public CompletionStage<Void> end() {
        return response.end().toCompletionStage();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return type.isInstance(response) ? type.cast(response) : null;
    }
}
