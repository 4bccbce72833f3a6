package dev.slmworkbench.http;

/** Byte counts as a person reads them in an error sentence: binary units, whole numbers only. */
public final class ByteSizes {

    private ByteSizes() {
    }

    /** "32 MiB", "64 KiB", or "1000 bytes" when the count is not a whole number of either. */
    public static String describe(long bytes) {
        if (bytes >= 1024L * 1024 * 1024 && bytes % (1024L * 1024 * 1024) == 0) {
            return bytes / (1024L * 1024 * 1024) + " GiB";
        }
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
