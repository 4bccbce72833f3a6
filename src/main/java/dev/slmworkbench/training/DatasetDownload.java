package dev.slmworkbench.training;

import java.util.concurrent.CompletionStage;

/**
 * A dataset file on its way from the backend, not yet read: it must be either sent on
 * ({@link #sendTo}) or {@link #cancel() cancelled}.
 */
public interface DatasetDownload {

    /** The length the backend announced, or -1 when it streams without one. */
    long contentLength();

    /** The file's content encoding as the backend sent it (its bytes are passed on as they came), or null. */
    String contentEncoding();

    /**
     * Sends the bytes to {@code sink}, with back-pressure, and ends it once the file has ended.
     * Fails when the transfer breaks off; then the sink is not ended here.
     */
    CompletionStage<Void> sendTo(FileSink sink);

    /** Stops the transfer: nothing more is read. */
    void cancel();
}
