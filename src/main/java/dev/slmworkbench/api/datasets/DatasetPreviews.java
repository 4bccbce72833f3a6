package dev.slmworkbench.api.datasets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.slmworkbench.http.DataFileFormat;
import dev.slmworkbench.training.FileHead;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first records of a dataset file as a table. Only the start of the file is ever
 * read (at most {@link #MAX_BYTES}); the {@link FirstRecords} says when enough has arrived.
 * The records are parsed as a stream of tokens into a {@link PreviewTable}, which keeps only
 * what the preview's limits allow: a file a million columns wide costs no more than a narrow one.
 * This is CPU work on up to 1 MiB: callers run it on a worker thread, never the event loop.
 */
final class DatasetPreviews {

    static final int ROWS = 20;
    static final int MAX_BYTES = 1024 * 1024;
    /** What a JSON record that is not an object is shown under. */
    static final String VALUE_COLUMN = "value";

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
    /** Keys are not kept in a symbol table (nor interned): a record of 100,000 keys leaves nothing behind. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build());

    private DatasetPreviews() {
    }

    /** Watches for the records a preview needs: a CSV header, 20 records, and one more to know there are more. */
    static FirstRecords scanner(DataFileFormat format) {
        return new FirstRecords(format, format == DataFileFormat.CSV ? ROWS + 2 : ROWS + 1);
    }

    static DatasetPreview read(DataFileFormat format, FileHead head, FirstRecords scanner, PreviewTable.Limits limits) {
        if (head.complete()) {
            scanner.finish();
        }
        int header = format == DataFileFormat.CSV ? 1 : 0;
        int records = scanner.found() - header;
        int shown = Math.max(0, Math.min(records, ROWS));
        boolean truncated = records > ROWS || !head.complete();
        if (scanner.found() == 0) {
            if (!head.complete()) {
                throw new PreviewUnavailableException("The first record of this dataset is larger than 1 MiB, "
                        + "too large to show in a preview. Download the file to look at it.");
            }
            if (format == DataFileFormat.JSON && scanner.notArray()) {
                throw unreadable(format);
            }
            return new DatasetPreview(List.of(), List.of(), false, null);
        }
        if (format == DataFileFormat.JSON && scanner.notArray()) {
            throw unreadable(format);
        }
        byte[] bytes = new byte[Math.toIntExact(scanner.end(shown + header - 1))];
        head.bytes().duplicate().get(bytes);
        int start = bomLength(bytes);
        PreviewTable table = new PreviewTable(limits);
        try {
            switch (format) {
                case CSV -> {
                    try (JsonParser parser = CSV.createParser(bytes, start, bytes.length - start)) {
                        csv(parser, shown, table);
                    }
                }
                case JSON, JSONL -> {
                    try (JsonParser parser = JSON.createParser(bytes, start, bytes.length - start)) {
                        if (format == DataFileFormat.JSON && parser.nextToken() != JsonToken.START_ARRAY) {
                            throw unreadable(format);
                        }
                        records(parser, shown, table);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PreviewUnavailableException known) {
                throw known;
            }
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException parse && parse.getLocation() != null
                    && parse.getLocation().getLineNr() > 0) {
                throw unreadableAt(format, parse.getLocation().getLineNr(), parse.getLocation().getColumnNr());
            }
            throw unreadable(format);
        }
        return table.build(truncated);
    }

    /** CSV rows as arrays of strings: the header first, then up to {@code shown} records. */
    private static void csv(JsonParser parser, int shown, PreviewTable table) throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return;
        }
        boolean header = true;
        while (table.rowCount() < shown && parser.nextToken() == JsonToken.START_ARRAY) {
            List<String> names = header ? new ArrayList<>() : null;
            String[] row = header ? null : table.newRow();
            long fields = 0;
            for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY;
                    token = parser.nextToken()) {
                if (fields < table.newRowWidth()) {
                    String text = table.cut(parser.getText());
                    if (header) {
                        names.add(text);
                    } else {
                        row[(int) fields] = text;
                    }
                }
                fields++;
            }
            if (header) {
                table.header(names, fields);
                header = false;
            } else if (!table.add(row)) {
                return;
            }
        }
    }

    /** JSON records (array elements or lines): keys become columns in first-seen order, nested values compact JSON. */
    private static void records(JsonParser parser, int shown, PreviewTable table) throws IOException {
        while (table.rowCount() < shown) {
            JsonToken token = parser.nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                return;
            }
            String[] row = table.newRow();
            if (token == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    int column = table.column(parser.currentName());
                    parser.nextToken();
                    if (column >= 0) {
                        row[column] = value(parser, table);
                    } else {
                        parser.skipChildren();
                    }
                }
            } else {
                int column = table.column(VALUE_COLUMN);
                if (column >= 0) {
                    row[column] = value(parser, table);
                } else {
                    parser.skipChildren();
                }
            }
            if (!table.add(row)) {
                return;
            }
        }
    }

    /** The text of the value at the parser: a scalar as written, a container as compact JSON; both cut short. */
    private static String value(JsonParser parser, PreviewTable table) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return "";
        }
        if (!token.isStructStart()) {
            return table.cut(parser.getText());
        }
        CappedWriter out = new CappedWriter(2 * table.cellLength() + 1);
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.copyCurrentStructure(parser);
        }
        return table.cut(out.toString());
    }

    /** Where the head stops reading as its format: a line (and character) a person can find in an editor. */
    private static PreviewUnavailableException unreadableAt(DataFileFormat format, long line, long column) {
        String what = switch (format) {
            case CSV -> "valid CSV";
            case JSON -> "a valid JSON array of records";
            case JSONL -> "valid JSON Lines";
        };
        return new PreviewUnavailableException("This dataset is not " + what + " at line " + line
                + (column > 0 ? ", character " + column : "") + ", so no preview can be shown. "
                + "Fix the file there and upload it again.");
    }

    private static PreviewUnavailableException unreadable(DataFileFormat format) {
        return new PreviewUnavailableException(switch (format) {
            case CSV -> "The start of this dataset is not valid CSV, so no preview can be shown.";
            case JSON -> "The start of this dataset is not a valid JSON array of records, so no preview can be shown.";
            case JSONL -> "The start of this dataset is not valid JSON Lines, so no preview can be shown.";
        });
    }

    private static int bomLength(byte[] raw) {
        return raw.length >= 3 && (raw[0] & 0xFF) == 0xEF && (raw[1] & 0xFF) == 0xBB && (raw[2] & 0xFF) == 0xBF
                ? 3 : 0;
    }

    /** Keeps the first {@code limit} chars written and drops the rest: a nested value's text is needed only that far. */
    private static final class CappedWriter extends Writer {
        private final StringBuilder kept = new StringBuilder();
        private final int limit;

        CappedWriter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            int room = limit - kept.length();
            if (room > 0) {
                kept.append(chars, offset, Math.min(room, length));
            }
        }

        @Override
        public void write(String text, int offset, int length) {
            int room = limit - kept.length();
            if (room > 0) {
                kept.append(text, offset, offset + Math.min(room, length));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return kept.toString();
        }
    }
}
