package dev.slmworkbench.sandbox.datasets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.slmworkbench.sandbox.model.DatasetFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;

/** Counts dataset rows in one streaming pass, never holding the file in memory. */
public final class RowCounter {

    private static final int BUFFER = 64 * 1024;
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private RowCounter() {
    }

    public static long count(DatasetFormat format, InputStream in) throws IOException, InvalidDatasetException {
        return switch (format) {
            case CSV -> csv(in);
            case JSONL -> jsonl(in);
            case JSON -> json(in);
        };
    }

    /** Records after the header; quoted fields may hold separators, newlines and "" escapes. */
    public static long csv(InputStream raw) throws IOException {
        InputStream in = withoutBom(raw);
        byte[] buf = new byte[BUFFER];
        long records = 0;
        boolean inQuotes = false;
        boolean pendingQuote = false;
        boolean pendingCr = false;
        boolean content = false;
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                int b = buf[i];
                if (pendingQuote) {
                    pendingQuote = false;
                    if (b == '"') {
                        continue;
                    }
                    inQuotes = false;
                }
                if (pendingCr) {
                    pendingCr = false;
                    if (b == '\n') {
                        continue;
                    }
                }
                if (inQuotes) {
                    pendingQuote = b == '"';
                    continue;
                }
                if (b == '"') {
                    inQuotes = true;
                    content = true;
                } else if (b == '\n' || b == '\r') {
                    if (content) {
                        records++;
                    }
                    content = false;
                    pendingCr = b == '\r';
                } else {
                    content = true;
                }
            }
        }
        if (content) {
            records++;
        }
        return Math.max(0, records - 1);
    }

    /** Non-blank lines; a line of only spaces, tabs or a CR does not count. */
    public static long jsonl(InputStream raw) throws IOException {
        InputStream in = withoutBom(raw);
        byte[] buf = new byte[BUFFER];
        long lines = 0;
        boolean content = false;
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                int b = buf[i];
                if (b == '\n') {
                    if (content) {
                        lines++;
                    }
                    content = false;
                } else if (b != ' ' && b != '\t' && b != '\r') {
                    content = true;
                }
            }
        }
        return content ? lines + 1 : lines;
    }

    private static InputStream withoutBom(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = pushback.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            pushback.unread(head);
        }
        return pushback;
    }

    /** Elements of the top-level array; anything else is not a dataset. */
    public static long json(InputStream in) throws IOException, InvalidDatasetException {
        try (JsonParser parser = JSON.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new InvalidDatasetException(
                        "A JSON dataset must be an array of records at the top level, like [{...}, {...}].");
            }
            long count = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new InvalidDatasetException("The JSON array is not closed: the file ends early.");
                }
                count++;
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                throw new InvalidDatasetException("There is more content after the top-level JSON array.");
            }
            return count;
        } catch (StreamConstraintsException e) {
            StreamReadConstraints limits = JSON.streamReadConstraints();
            throw new InvalidDatasetException(String.format(Locale.ROOT, "The JSON is nested deeper than %,d levels "
                    + "or holds a number longer than %,d digits, more than the sandbox reads.",
                    limits.getMaxNestingDepth(), limits.getMaxNumberLength()));
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidDatasetException("The file is not valid JSON" + where + ".");
        }
    }
}
