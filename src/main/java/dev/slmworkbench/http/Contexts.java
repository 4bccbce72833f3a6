package dev.slmworkbench.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/** Running code where a stream's callbacks run, so its state needs no locks. */
public final class Contexts {

    private Contexts() {
    }

    /** Runs {@code action} on {@code context} (at once when already there, or when there is none). */
    public static void on(Context context, Runnable action) {
        if (context == null || context == Vertx.currentContext()) {
            action.run();
        } else {
            context.runOnContext(ignored -> action.run());
        }
    }
}
