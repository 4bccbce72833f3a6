package dev.slmworkbench.training;

import java.util.List;

/** The rule for an {@code Idempotency-Key}: 1 to 255 visible ASCII characters, as the Training API takes them. */
public final class IdempotencyKeys {

    public static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {
    }

    public static boolean isValid(String key) {
        return key != null && !key.isEmpty() && key.length() <= MAX_LENGTH
                && key.chars().allMatch(c -> c > 0x20 && c < 0x7F);
    }

    /** Returns the key, or throws a 400 naming the header. */
    public static String check(String key) {
        if (!isValid(key)) {
            throw new InvalidRequestException("The Idempotency-Key header is not valid.",
                    List.of(new FieldError("Idempotency-Key",
                            "The Idempotency-Key must be 1 to " + MAX_LENGTH + " visible ASCII characters (no spaces).")));
        }
        return key;
    }
}
