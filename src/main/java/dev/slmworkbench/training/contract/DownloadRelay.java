package dev.slmworkbench.training.contract;

/** How a dataset file travels from the Training API to a browser ({@code training-api.download-relay}). */
public enum DownloadRelay {

    /**
     * The body skips Vert.x: the buffers Netty read go to the browser as they are
     * ({@link dev.slmworkbench.training.contract.relay.FileRelay}). Reaches into Vert.x internals,
     * and falls back to {@link #PIPE} for a connection it does not recognise.
     */
    DIRECT,

    /** Vert.x's own {@code pipe()} from the upstream response to the browser's, with back-pressure. */
    PIPE
}
