package dev.slmworkbench.api.datasets.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * JSON Lines: one JSON object per line; blank lines are passed over. Each line is parsed once it
 * is whole, straight from the piece it lies in; a line cut by a piece's end waits here (at most
 * the record limit).
 */
final class JsonLinesChecker extends AlignedChecker {

    static final JsonFactory JSON = JsonFactory.builder().build();

    private long line = 1;
    /** The start of the line in progress, when it began in an earlier piece. */
    private byte[] partial = new byte[0];
    private int partialLength;
    private final JsonRecord record;

    JsonLinesChecker(FieldMapping mapping, long maxRecordBytes, long maxBadRecords) {
        super(mapping, maxRecordBytes, maxBadRecords);
        this.record = new JsonRecord(mapping);
    }

    @Override
    protected void scan(byte[] bytes, int base, int from, int length) {
        for (int i = from; i < length; i++) {
            if (bytes[base + i] == '\n') {
                boolean over = count(i + 1 - from, line);
                if (partialLength > 0 && !overLimit) {
                    keep(bytes, base + from, i - from);
                    lineEnded(i + 1, partial, 0, partialLength);
                } else {
                    lineEnded(i + 1, bytes, base + from, overLimit || over ? -1 : i - from);
                }
                from = i + 1;
            }
        }
        if (from < length && !count(length - from, line) && !overLimit) {
            keep(bytes, base + from, length - from);
        } else if (overLimit) {
            partialLength = 0;
        }
    }

    @Override
    protected void end() {
        if (overLimit) {
            lineEnded(0, partial, 0, -1);
        } else if (partialLength > 0) {
            lineEnded(0, partial, 0, partialLength);
        }
    }

    private void keep(byte[] bytes, int at, int length) {
        if (partialLength + length > partial.length) {
            partial = Arrays.copyOf(partial, Math.max(partialLength + length, Math.min(2 * partial.length + 256,
                    (int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1))));
        }
        System.arraycopy(bytes, at, partial, partialLength, length);
        partialLength += length;
    }

    /** The line in {@code bytes} (length -1: it was over the limit) ended at {@code end} of the piece. */
    private void lineEnded(int end, byte[] bytes, int at, int length) {
        String problem = length < 0 ? tooLong() : null;
        boolean empty = false;
        if (problem == null) {
            int first = at;
            while (first < at + length && (bytes[first] == ' ' || bytes[first] == '\t' || bytes[first] == '\r')) {
                first++;
            }
            empty = first == at + length;
            if (!empty) {
                problem = judge(bytes, at, length);
            }
        }
        if (empty) {
            recordEnded(end, true);
        } else if (problem == null) {
            good();
            recordEnded(end, true);
        } else {
            bad(line, problem);
            recordEnded(end, false);
        }
        line++;
        partialLength = 0;
        if (partial.length > 64 * 1024) {
            partial = new byte[0];
        }
    }

    /** What is wrong with the record on the line, or null. */
    private String judge(byte[] bytes, int at, int length) {
        JsonRecord record = this.record.reset();
        try (JsonParser parser = JSON.createParser(bytes, at, length)) {
            JsonToken token;
            boolean whole = false;
            while ((token = parser.nextToken()) != null) {
                if (whole) {
                    return "there is more than one JSON value on the line; JSON Lines holds one record per line.";
                }
                whole = record.token(token, parser);
            }
            return whole ? record.problem()
                    : "the line ends before its JSON value does (JSON Lines holds one whole record per line).";
        } catch (JsonProcessingException e) {
            if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                return "the line ends before its JSON value does (JSON Lines holds one whole record per line).";
            }
            return notValidJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
