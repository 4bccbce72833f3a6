package dev.slmworkbench.http;

/** Byte counts as a person reads them in an error sentence: binary units, whole numbers only. */
public final class ByteSizes {

    private ByteSizes() {
    }

    /** "2 GiB", "32 MiB", "64 KiB"; "1.5 MiB" past a mebibyte that is not whole; else "1,000 bytes". */
    public static String describe(long bytes) {
        if (bytes >= 1024L * 1024 * 1024 && bytes % (1024L * 1024 * 1024) == 0) {
            return bytes / (1024L * 1024 * 1024) + " GiB";
        }
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return String.format(java.util.Locale.ROOT, "%,d bytes", bytes);
    }
}
