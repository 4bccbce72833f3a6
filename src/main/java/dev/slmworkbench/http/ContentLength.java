package dev.slmworkbench.http;

/** The {@code Content-Length} header as a number. */
public final class ContentLength {

    /** What a length that cannot be read counts as: more than any limit. */
    public static final long UNREADABLE = Long.MAX_VALUE;

    private ContentLength() {
    }

    /** The announced length; -1 when there is none; {@link #UNREADABLE} when it is not a length. */
    public static long of(String header) {
        if (header == null) {
            return -1;
        }
        try {
            long length = Long.parseLong(header.strip());
            return length < 0 ? UNREADABLE : length;
        } catch (NumberFormatException e) {
            return UNREADABLE;
        }
    }
}
