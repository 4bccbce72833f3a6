package dev.slmworkbench.api.datasets.check;

import io.vertx.core.buffer.Buffer;
import java.util.function.Consumer;

/**
 * A checker for a file whose records end at a line break (JSON Lines; CSV, outside quotes): it
 * passes on each run of whole good records as one piece and leaves a bad record out, so what the
 * backend gets stays a valid file. The record in progress at the end of a piece waits here (at
 * most {@link #maxRecordBytes}: a longer one is bad and dropped as it comes).
 */
abstract class AlignedChecker extends RecordChecker {

    private Buffer carry = Buffer.buffer();
    private boolean bomChecked;
    private Buffer chunk;
    private Consumer<Buffer> passOn;
    /** Where the bytes not yet passed on or dropped start in the piece. */
    private int spanStart;
    /** Where the record in progress starts in the piece (0 when it began in an earlier one). */
    private int recordStart;
    /** Bytes of the record in progress, over all pieces. */
    protected long recordBytes;
    /** The record in progress is over the limit: it is bad, and its bytes are dropped as they come. */
    protected boolean overLimit;

    AlignedChecker(FieldMapping mapping, long maxRecordBytes, long maxBadRecords) {
        super(mapping, maxRecordBytes, maxBadRecords);
    }

    @Override
    public final void feed(Buffer piece, Consumer<Buffer> passOn) {
        this.chunk = piece;
        this.passOn = passOn;
        spanStart = 0;
        recordStart = 0;
        io.netty.buffer.ByteBuf buf = piece.getByteBuf();
        byte[] bytes = buf.hasArray() ? buf.array() : piece.getBytes();
        int base = buf.hasArray() ? buf.arrayOffset() + buf.readerIndex() : 0;
        scan(bytes, base, bomLength(bytes, base, piece.length()), piece.length());
        int end = piece.length();
        if (overLimit) {
            carry = Buffer.buffer();
            send(spanStart, recordStart);
            spanStart = end;
        } else {
            send(spanStart, recordStart);
            if (recordStart < end) {
                carry.appendBuffer(piece.slice(Math.max(recordStart, spanStart), end).copy());
            }
            spanStart = end;
        }
        this.chunk = null;
    }

    @Override
    public final void finish(Consumer<Buffer> passOn) {
        this.chunk = Buffer.buffer();
        this.passOn = passOn;
        spanStart = 0;
        recordStart = 0;
        end();
        this.chunk = null;
    }

    /**
     * Reads the piece's bytes ({@code length} of them from {@code base} of {@code bytes}, starting
     * {@code from} in: past a UTF-8 byte order mark at the start of the file); calls
     * {@link #recordEnded} at each record's end, with the index in the piece just past its line break.
     */
    protected abstract void scan(byte[] bytes, int base, int from, int length);

    /** 3 for a UTF-8 byte order mark at the start of the file's first piece, else 0. */
    private int bomLength(byte[] bytes, int base, int length) {
        if (bomChecked) {
            return 0;
        }
        bomChecked = true;
        return length >= 3 && (bytes[base] & 0xff) == 0xEF && (bytes[base + 1] & 0xff) == 0xBB
                && (bytes[base + 2] & 0xff) == 0xBF ? 3 : 0;
    }

    /** The file ended: judge the record in progress, if any ({@link #recordEnded} with the piece's length 0). */
    protected abstract void end();

    /** The record that started at the last end closed at {@code end} (exclusive) of the piece. */
    protected final void recordEnded(int end, boolean keep) {
        if (keep && !overLimit) {
            if (carry.length() > 0) {
                passOn.accept(carry);
                carry = Buffer.buffer();
            }
        } else {
            carry = Buffer.buffer();
            send(spanStart, recordStart);
            spanStart = end;
        }
        recordStart = end;
        recordBytes = 0;
        overLimit = false;
    }

    /** Counts a record's bytes; past the limit the record is bad (reported once, at {@code line}). */
    protected final boolean count(long bytes, long line) {
        recordBytes += bytes;
        if (!overLimit && recordBytes > maxRecordBytes) {
            overLimit = true;
            carry = Buffer.buffer();
            return true;
        }
        return false;
    }

    private void send(int from, int to) {
        if (to > from) {
            passOn.accept(chunk.slice(from, to));
        }
    }
}
