package dev.slmworkbench.sandbox.store;

import java.util.UUID;

/** New opaque ids: a readable prefix and 12 random hex digits, within the contract's id alphabet. */
public final class NewIds {

    private NewIds() {
    }

    public static String next(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
