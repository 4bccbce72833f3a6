package dev.slmworkbench.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.slmworkbench.training.FileHead;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the first records of a dataset file as a table. Only the start of the file is ever
 * read (at most {@link #MAX_BYTES}); the {@link RecordScanner} says when enough has arrived.
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
    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetPreviews() {
    }

    /** Watches for the records a preview needs: a CSV header, 20 records, and one more to know there are more. */
    static RecordScanner scanner(FileFormat format) {
        return new RecordScanner(format, format == FileFormat.CSV ? ROWS + 2 : ROWS + 1);
    }

    static DatasetPreview read(FileFormat format, FileHead head, RecordScanner scanner) {
        if (head.complete()) {
            scanner.finish();
        }
        Buffer bytes = head.bytes();
        int header = format == FileFormat.CSV ? 1 : 0;
        int records = scanner.found() - header;
        int shown = Math.max(0, Math.min(records, ROWS));
        boolean truncated = records > ROWS || !head.complete();
        if (scanner.found() == 0) {
            if (!head.complete()) {
                throw new PreviewUnavailableException("The first record of this dataset is larger than 1 MB, "
                        + "too large to show in a preview. Download the file to look at it.");
            }
            if (format == FileFormat.JSON && scanner.notArray()) {
                throw unreadable(format);
            }
            return new DatasetPreview(List.of(), List.of(), false);
        }
        int cut = scanner.end(shown + header - 1);
        try {
            return switch (format) {
                case CSV -> csv(bytes.slice(0, cut), shown, truncated);
                case JSON -> {
                    if (scanner.notArray()) {
                        throw unreadable(format);
                    }
                    Buffer array = shown == 0 ? Buffer.buffer("[]") : bytes.slice(0, cut).copy().appendString("]");
                    yield records(JSON.readTree(withoutBom(array)), truncated);
                }
                case JSONL -> records(lines(bytes.slice(0, cut)), truncated);
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof PreviewUnavailableException known) {
                throw known;
            }
            throw unreadable(format);
        }
    }

    private static DatasetPreview csv(Buffer bytes, int shown, boolean truncated) throws IOException {
        List<String> columns = null;
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(withoutBom(bytes))) {
            while (it.hasNextValue() && rows.size() < shown) {
                String[] cells = it.nextValue();
                if (columns == null) {
                    columns = Arrays.asList(cells);
                } else {
                    List<String> row = new ArrayList<>(Arrays.asList(cells));
                    while (row.size() < columns.size()) {
                        row.add("");
                    }
                    rows.add(row);
                }
            }
        }
        return new DatasetPreview(columns == null ? List.of() : columns, rows, truncated);
    }

    private static JsonNode lines(Buffer bytes) throws JsonProcessingException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : withoutBomText(bytes).split("\n")) {
            if (!line.isBlank()) {
                records.add(JSON.readTree(line));
            }
        }
        return JSON.valueToTree(records);
    }

    /** JSON records as a table: the union of their keys in first-seen order; nested values as compact JSON. */
    private static DatasetPreview records(JsonNode array, boolean truncated) {
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode record : array) {
            if (record.isObject()) {
                record.fieldNames().forEachRemaining(columns::add);
            } else {
                columns.add(VALUE_COLUMN);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode record : array) {
            List<String> row = new ArrayList<>(columns.size());
            for (String column : columns) {
                JsonNode value = record.isObject() ? record.get(column)
                        : column.equals(VALUE_COLUMN) ? record : null;
                row.add(text(value));
            }
            rows.add(row);
        }
        return new DatasetPreview(List.copyOf(columns), rows, truncated);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isContainerNode() ? value.toString() : value.asText();
    }

    private static PreviewUnavailableException unreadable(FileFormat format) {
        return new PreviewUnavailableException(switch (format) {
            case CSV -> "The start of this dataset is not valid CSV, so no preview can be shown.";
            case JSON -> "The start of this dataset is not a valid JSON array of records, so no preview can be shown.";
            case JSONL -> "The start of this dataset is not valid JSON Lines, so no preview can be shown.";
        });
    }

    private static byte[] withoutBom(Buffer bytes) {
        byte[] raw = bytes.getBytes();
        if (raw.length >= 3 && (raw[0] & 0xFF) == 0xEF && (raw[1] & 0xFF) == 0xBB && (raw[2] & 0xFF) == 0xBF) {
            return Arrays.copyOfRange(raw, 3, raw.length);
        }
        return raw;
    }

    private static String withoutBomText(Buffer bytes) {
        return new String(withoutBom(bytes), StandardCharsets.UTF_8);
    }
}
