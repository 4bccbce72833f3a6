package dev.slmworkbench.api.datasets.check;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteBufferFeeder;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.slmworkbench.http.ByteStreams;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * A JSON file: one array of record objects. A record cannot be left out of an array without
 * rewriting it, so any problem refuses the file; broken JSON stops the checks where it is.
 */
final class JsonArrayChecker extends RecordChecker {

    private final JsonParser parser;
    private boolean started;
    private boolean ended;
    private final JsonRecord shape;
    private JsonRecord record;
    private long recordLine;
    private long recordStart;
    private String problem;

    JsonArrayChecker(FieldMapping mapping, long maxRecordBytes, long maxBadRecords) {
        // Bad records cannot be skipped in an array: none is allowed.
        super(mapping, maxRecordBytes, 0);
        this.shape = new JsonRecord(mapping);
        try {
            parser = JsonLinesChecker.JSON.createNonBlockingByteBufferParser();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void feed(Buffer piece, Consumer<Buffer> passOn) {
        passOn.accept(piece);
        if (stopped()) {
            return;
        }
        try {
            ((ByteBufferFeeder) parser.getNonBlockingInputFeeder()).feedInput(ByteStreams.view(piece));
            tokens();
        } catch (JsonProcessingException e) {
            notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(Consumer<Buffer> passOn) {
        if (stopped()) {
            return;
        }
        try {
            parser.getNonBlockingInputFeeder().endOfInput();
            tokens();
            if (!ended) {
                stop(parser.currentLocation().getLineNr(), "the file ends before its JSON array does.");
            }
        } catch (JsonProcessingException e) {
            notJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tokens() throws IOException {
        JsonToken token;
        while (!stopped() && (token = parser.nextToken()) != null && token != JsonToken.NOT_AVAILABLE) {
            if (!started) {
                started = true;
                if (token != JsonToken.START_ARRAY) {
                    stop(1, "a JSON dataset is one array of records, like [{\"prompt\": …}, …].");
                }
                continue;
            }
            if (ended) {
                stop(parser.currentTokenLocation().getLineNr(), "there is more after the end of the JSON array.");
                return;
            }
            if (record == null) {
                if (token == JsonToken.END_ARRAY) {
                    ended = true;
                    continue;
                }
                record = shape.reset();
                recordLine = parser.currentTokenLocation().getLineNr();
                recordStart = parser.currentTokenLocation().getByteOffset();
            }
            if (record.token(token, parser)) {
                long size = parser.currentLocation().getByteOffset() - recordStart;
                problem = size > maxRecordBytes ? tooLong() : record.problem();
                if (problem == null) {
                    good();
                } else {
                    bad(recordLine, problem);
                }
                record = null;
            }
        }
    }

    private void notJson(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            stop(Math.max(1, parser.currentLocation().getLineNr()), "the file ends before its JSON array does.");
            return;
        }
        long line = e.getLocation() == null ? parser.currentLocation().getLineNr() : e.getLocation().getLineNr();
        stop(Math.max(1, line), notValidJson(e));
    }
}
