package dev.slmworkbench.api.datasets.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteBufferFeeder;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.slmworkbench.http.ByteStreams;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/** JSON Lines: one JSON object per line; blank lines are passed over. */
final class JsonLinesChecker extends AlignedChecker {

    static final JsonFactory JSON = JsonFactory.builder().build();

    private long line = 1;
    private JsonParser parser;
    private JsonRecord record;
    private boolean content;
    private boolean whole;
    /** The line's problem, once known (the rest of the line is then only counted). */
    private String problem;
    private boolean bomChecked;

    JsonLinesChecker(FieldMapping mapping, long maxRecordBytes, long maxBadRecords) {
        super(mapping, maxRecordBytes, maxBadRecords);
    }

    @Override
    protected void scan(Buffer piece) {
        ByteBuffer bytes = ByteStreams.view(piece);
        int base = bytes.position();
        int length = bytes.remaining();
        int from = 0;
        if (!bomChecked) {
            bomChecked = true;
            if (length >= 3 && (bytes.get(base) & 0xff) == 0xEF && (bytes.get(base + 1) & 0xff) == 0xBB
                    && (bytes.get(base + 2) & 0xff) == 0xBF) {
                from = 3;
            }
        }
        for (int i = from; i < length; i++) {
            if (bytes.get(base + i) == '\n') {
                part(bytes, base + from, i - from);
                lineEnded(i + 1);
                from = i + 1;
            }
        }
        part(bytes, base + from, length - from);
    }

    @Override
    protected void end() {
        if (content || problem != null) {
            lineEnded(0);
        }
    }

    private void part(ByteBuffer bytes, int at, int length) {
        if (length == 0) {
            return;
        }
        if (count(length, line)) {
            problem = tooLong();
            parser = null;
        }
        if (problem != null) {
            return;
        }
        if (!content) {
            int first = firstContent(bytes, at, length);
            if (first < 0) {
                return;
            }
            length -= first - at;
            at = first;
            content = true;
            record = new JsonRecord(mapping);
            try {
                parser = JSON.createNonBlockingByteBufferParser();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            ((ByteBufferFeeder) parser.getNonBlockingInputFeeder()).feedInput(bytes.duplicate().limit(at + length).position(at));
            tokens();
        } catch (JsonProcessingException e) {
            problem = notJson(e);
            parser = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tokens() throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != null && token != JsonToken.NOT_AVAILABLE) {
            if (whole) {
                problem = "there is more than one JSON value on the line; JSON Lines holds one record per line.";
                parser = null;
                return;
            }
            whole = record.token(token, parser);
        }
    }

    private void lineEnded(int end) {
        boolean empty = !content && problem == null;
        if (!empty && problem == null) {
            try {
                parser.getNonBlockingInputFeeder().endOfInput();
                tokens();
            } catch (JsonProcessingException e) {
                problem = notJson(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (problem == null && !whole) {
                problem = "the line ends before its JSON value does (JSON Lines holds one whole record per line).";
            }
            if (problem == null) {
                problem = record.problem();
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
        parser = null;
        record = null;
        content = false;
        whole = false;
        problem = null;
    }

    private String notJson(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "the line ends before its JSON value does (JSON Lines holds one whole record per line).";
        }
        long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return "not valid JSON" + (column > 0 ? " (at character " + column + ")" : "") + ".";
    }

    private static int firstContent(ByteBuffer bytes, int at, int length) {
        for (int i = at; i < at + length; i++) {
            byte b = bytes.get(i);
            if (b != ' ' && b != '\t' && b != '\r') {
                return i;
            }
        }
        return -1;
    }
}
