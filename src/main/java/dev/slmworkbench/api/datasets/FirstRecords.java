package dev.slmworkbench.api.datasets;

import dev.slmworkbench.http.ByteStreams;
import dev.slmworkbench.http.DataFileFormat;
import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;

/**
 * Finds where the first records of a CSV, JSON-array or JSONL file end, fed piece by piece,
 * without parsing values: enough to know when the first few records are in and where to cut.
 * CSV: a header or a row, ending at a line break outside quotes. JSON: an element of the
 * top-level array, ending at the comma or bracket after it. JSONL: a non-blank line. It also
 * counts the columns of the first record as they arrive (CSV fields, keys of a JSON object), so
 * a header too wide to hold can be refused before it ends.
 */
public final class FirstRecords {

    private final DataFileFormat format;
    private final long[] ends;
    private int found;
    private long position;
    private boolean content;
    private boolean inQuotes;
    private boolean pendingQuote;
    private boolean started;
    private boolean closed;
    private boolean notArray;
    private int depth;
    private boolean escaped;
    /** CSV: field separators of the first record; JSON and JSONL: keys of the first record. */
    private long firstColumns;

    /** Remembers where the first {@code wanted} records end. */
    public FirstRecords(DataFileFormat format, int wanted) {
        this.format = format;
        this.ends = new long[wanted];
    }

    public void feed(Buffer piece) {
        feed(ByteStreams.view(piece));
    }

    /** The next bytes of the file (from the buffer's position; the position does not move). */
    public void feed(ByteBuffer piece) {
        int start = piece.position();
        for (int i = start; i < piece.limit() && found < ends.length; i++) {
            byte b = piece.get(i);
            switch (format) {
                case CSV -> csv(b);
                case JSONL -> jsonl(b);
                case JSON -> json(b);
            }
            position++;
        }
    }

    /** The end of the file: a last CSV or JSONL record without a line break counts. */
    public void finish() {
        if (format != DataFileFormat.JSON && content) {
            record();
        }
    }

    /** Whether the first {@code wanted} records are all in. */
    public boolean enough() {
        return found == ends.length;
    }

    /** How many records ended so far (at most {@code wanted}). */
    public int found() {
        return found;
    }

    /** Where record {@code index} ends: its bytes (with those before it) are {@code [0, end)}. */
    public int end(int index) {
        return (int) ends[index];
    }

    /**
     * The columns of the first record so far: CSV fields, or the keys of a JSON object (a record
     * that is not an object has none). Final once {@link #found()} is above 0.
     */
    public long columns() {
        if (format != DataFileFormat.CSV) {
            return firstColumns;
        }
        return found > 0 || content ? firstColumns + 1 : 0;
    }

    /** A JSON file whose top-level value is not an array. */
    public boolean notArray() {
        return notArray;
    }

    private void record() {
        if (found < ends.length) {
            ends[found++] = position;
        }
        content = false;
    }

    private void csv(byte b) {
        if (pendingQuote) {
            pendingQuote = false;
            if (b == '"') {
                return;
            }
            inQuotes = false;
        }
        if (inQuotes) {
            pendingQuote = b == '"';
        } else if (b == '"') {
            inQuotes = true;
            content = true;
        } else if (b == '\n' || b == '\r') {
            if (content) {
                record();
            }
        } else {
            content = true;
            if (b == ',' && found == 0) {
                firstColumns++;
            }
        }
    }

    private void jsonl(byte b) {
        if (b == '\n') {
            if (content) {
                record();
            }
            inQuotes = false;
            escaped = false;
            depth = 0;
            return;
        }
        if (!whitespace(b)) {
            content = true;
        }
        if (found > 0) {
            return;
        }
        if (inQuotes) {
            string(b);
            return;
        }
        switch (b) {
            case '"' -> inQuotes = true;
            case '{', '[' -> depth++;
            case '}', ']' -> depth--;
            case ':' -> {
                if (depth == 1) {
                    firstColumns++;
                }
            }
            default -> {
            }
        }
    }

    private void string(byte b) {
        if (escaped) {
            escaped = false;
        } else if (b == '\\') {
            escaped = true;
        } else if (b == '"') {
            inQuotes = false;
        }
    }

    private void json(byte b) {
        if (closed) {
            return;
        }
        if (!started) {
            // A byte-order mark and whitespace may come before the array.
            if (whitespace(b) || b == (byte) 0xEF || b == (byte) 0xBB || b == (byte) 0xBF) {
                return;
            }
            started = true;
            depth = 1;
            notArray = b != '[';
            closed = notArray;
            return;
        }
        if (inQuotes) {
            string(b);
            return;
        }
        switch (b) {
            case ':' -> {
                if (depth == 2 && found == 0) {
                    firstColumns++;
                }
            }
            case '"' -> {
                inQuotes = true;
                content = true;
            }
            case '{', '[' -> {
                depth++;
                content = true;
            }
            case '}', ']' -> {
                depth--;
                if (depth == 0) {
                    if (content) {
                        record();
                    }
                    closed = true;
                }
            }
            case ',' -> {
                if (depth == 1 && content) {
                    record();
                }
            }
            default -> {
                if (!whitespace(b)) {
                    content = true;
                }
            }
        }
    }

    private static boolean whitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
