package dev.slmworkbench.training;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;

/**
 * Where a dataset file goes on its way out (a browser's response), with back-pressure: a backend
 * writes the next piece once the stage of the one before has completed.
 */
public interface FileSink {

    /** Takes a piece; the stage completes when the sink has room for more, and fails when it is gone. */
    CompletionStage<Void> write(ByteBuffer piece);

    /** The file is complete: the stage completes once the sink has taken its end. */
    CompletionStage<Void> end();

    /**
     * What the sink writes to, when it is of {@code type}; else null. A backend that knows the type
     * may send the bytes there the short way (the contract's relay does for a Vert.x response).
     */
    default <T> T unwrap(Class<T> type) {
        return null;
    }
}
