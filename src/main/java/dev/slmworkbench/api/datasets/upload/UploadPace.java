package dev.slmworkbench.api.datasets.upload;

import dev.slmworkbench.http.ByteSizes;
import dev.slmworkbench.training.Problem;
import io.vertx.core.Context;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The slowest one upload may arrive: {@code minBytesPerSecond} on average over each {@code window}.
 * A body that drips (a byte every few seconds) never meets the idle timeout and would hold its
 * connection and upstream request for hours; it is judged once per window, on what the browser
 * sent. Time the Training API holds the browser back is this side's, not the browser's.
 * Event loop only, like the upload it watches.
 */
public final class UploadPace {

    private static final Logger LOG = Logger.getLogger(UploadPace.class);

    private final long minBytesPerSecond;
    private final Duration window;
    private long receivedAtCheck;
    private long pausesAtCheck;

    public UploadPace(long minBytesPerSecond, Duration window) {
        this.minBytesPerSecond = minBytesPerSecond;
        this.window = window;
    }

    /** Runs {@code check} once per window (a timer id for {@link #unwatch}), or never when not judged (-1). */
    long watch(Context context, Runnable check) {
        if (!judged()) {
            return -1;
        }
        long windowMs = Math.max(1, window().toMillis());
        return context.owner().setPeriodic(windowMs, windowMs, id -> check.run());
    }

    /** Stops a {@link #watch}; returns -1, the id of no timer. */
    static long unwatch(Context context, long timer) {
        if (timer >= 0) {
            context.owner().cancelTimer(timer);
        }
        return -1;
    }

    /** Whether uploads are judged at all ({@code 0} or an empty window switches it off). */
    boolean judged() {
        return minBytesPerSecond > 0 && !window.isZero() && !window.isNegative();
    }

    Duration window() {
        return window;
    }

    /**
     * Called once per window with the bytes received so far and the body being sent upstream (null
     * before the file streams): the 408 to answer when the last window brought too little, else null.
     */
    Problem judge(long received, UploadBody body) {
        long got = received - receivedAtCheck;
        receivedAtCheck = received;
        boolean heldBack = body != null && body.heldBackSince(pausesAtCheck);
        pausesAtCheck = body == null ? 0 : body.pauses();
        if (heldBack || got >= minBytesPerSecond * (window.toMillis() / 1000.0)) {
            return null;
        }
        LOG.debugf("Dataset upload too slow: %d bytes in %s", got, window);
        return Problem.of(408, "Upload too slow", "The upload arrived slower than " + ByteSizes.describe(minBytesPerSecond)
                + " per second for " + window.toSeconds() + " seconds, so it was stopped. Check the "
                + "network connection and upload the file again.");
    }
}
