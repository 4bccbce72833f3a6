package dev.slmworkbench.api.datasets.upload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.slmworkbench.api.datasets.FirstRecords;
import dev.slmworkbench.http.DataFileFormat;
import dev.slmworkbench.training.FieldError;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shallow checks of a dataset upload, made before the Training API sees the end of it: the
 * form fields when the file starts, then the file's first bytes (text, not binary; a first record
 * that reads as its format). Each failure is a sentence for the field at fault.
 */
public final class UploadChecks {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;
    /** The longest file name kept, in characters (code points), as the Training API's contract allows. */
    static final Set<String> TYPES = Set.of("training", "evaluation");
    /** The most of a file's start held back for the checks; a first record longer than this is not checked. */
    static final int HEAD_LIMIT = 1024 * 1024;

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Control, format (bidi overrides, zero-width), line and paragraph separators, lone surrogates. */

    private UploadChecks() {
    }

    /** The text fields, as far as they are known when the file starts: name and type must have come first. */
    static List<FieldError> fields(String name, String description, String type) {
        List<FieldError> errors = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            errors.add(new FieldError("name", "Give the dataset a name."));
        } else if (characters(cleanName) > MAX_NAME) {
            errors.add(new FieldError("name", "The name can be at most " + MAX_NAME + " characters long."));
        }
        if (description != null && characters(description.strip()) > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "The description can be at most 2,000 characters long."));
        }
        if (type == null || !TYPES.contains(type.strip())) {
            errors.add(new FieldError("type", "Choose a dataset type: training or evaluation."));
        }
        return errors;
    }

    /** Characters as a person counts them (and JSON Schema's maxLength): code points, an emoji is one. */
    public static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Watches for what the checks need: a CSV header and first row, or the first JSON record. */
    static FirstRecords scanner(DataFileFormat format) {
        return new FirstRecords(format, format == DataFileFormat.CSV ? 2 : 1);
    }

    /**
     * What is wrong with the start of the file, or null when nothing is. {@code complete} says
     * {@code head} is the whole file; otherwise a first record that has not ended yet is not judged.
     */
    static String fileProblem(DataFileFormat format, Buffer head, FirstRecords scanner, boolean complete,
            int maxColumns) {
        if (complete) {
            scanner.finish();
        }
        byte[] bytes = head.getBytes();
        int start = bomLength(bytes);
        if (isBlank(bytes, start)) {
            return complete ? "The file is empty. Choose a file with at least one record." : null;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return binary();
            }
        }
        if (!isUtf8(bytes, complete)) {
            return binary();
        }
        if (scanner.columns() > maxColumns) {
            return tooWide(format, scanner, maxColumns);
        }
        try {
            return switch (format) {
                case CSV -> csv(bytes, start, scanner, complete);
                case JSON -> json(bytes, start, scanner, complete);
                case JSONL -> jsonl(bytes, start, scanner);
            };
        } catch (IOException | RuntimeException unreadable) {
            if (format == DataFileFormat.CSV && !columns(format, head, scanner).isEmpty()) {
                // The header reads: the record checks name the line that does not (an unclosed quote, …).
                return null;
            }
            return switch (format) {
                case CSV -> "The first lines of the file are not valid CSV.";
                case JSON -> "The first record of the file is not valid JSON.";
                case JSONL -> "The first line of the file is not valid JSON.";
            };
        }
    }

    private static String csv(byte[] bytes, int start, FirstRecords scanner, boolean complete) throws IOException {
        if (scanner.found() == 0) {
            return null;
        }
        List<String[]> records = new ArrayList<>();
        byte[] cut = Arrays.copyOfRange(bytes, start, scanner.end(scanner.found() - 1));
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(cut)) {
            while (it.hasNextValue()) {
                records.add(it.nextValue());
            }
        }
        if (records.isEmpty()) {
            return null;
        }
        String[] header = records.get(0);
        if (Arrays.stream(header).allMatch(String::isBlank)) {
            return "The first line must name the columns, like prompt,response.";
        }
        if (records.size() < 2) {
            return complete ? "The file has a header line but no records after it." : null;
        }
        String[] first = records.get(1);
        if (first.length > header.length) {
            return "The first record has " + first.length + " fields but the header names " + header.length
                    + " columns.";
        }
        return null;
    }

    private static String json(byte[] bytes, int start, FirstRecords scanner, boolean complete)
            throws JsonProcessingException {
        if (scanner.notArray()) {
            return "A JSON dataset must be an array of records, like [{\"prompt\": \"...\"}, ...].";
        }
        if (scanner.found() == 0) {
            // The whole file without one record: an empty array, or one that never closes.
            return complete && JSON.readTree(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8))
                    .isEmpty() ? "The file has no records: its JSON array is empty." : null;
        }
        String first = new String(bytes, start, scanner.end(0) - start, StandardCharsets.UTF_8) + "]";
        JsonNode array = JSON.readTree(first);
        if (array.isEmpty() || !array.get(0).isObject()) {
            return "Each record must be a JSON object, like {\"prompt\": \"...\"}.";
        }
        return null;
    }

    private static String jsonl(byte[] bytes, int start, FirstRecords scanner) throws JsonProcessingException {
        int firstByte = start;
        while (firstByte < bytes.length && Character.isWhitespace(bytes[firstByte])) {
            firstByte++;
        }
        if (bytes[firstByte] != '{') {
            return "Each line must be a JSON object, like {\"prompt\": \"...\"}.";
        }
        if (scanner.found() == 0) {
            return null;
        }
        JsonNode record = JSON.readTree(new String(bytes, start, scanner.end(0) - start, StandardCharsets.UTF_8));
        return record.isObject() ? null : "Each line must be a JSON object, like {\"prompt\": \"...\"}.";
    }

    /**
     * The columns of a file whose head passed {@link #fileProblem}: the CSV header's names, or the
     * keys of the first JSON record; empty when the first record has not ended within the head.
     */
    static List<String> columns(DataFileFormat format, Buffer head, FirstRecords scanner) {
        if (scanner.found() == 0) {
            return List.of();
        }
        byte[] bytes = head.getBytes();
        int start = bomLength(bytes);
        try {
            if (format == DataFileFormat.CSV) {
                byte[] cut = Arrays.copyOfRange(bytes, start, scanner.end(0));
                try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(cut)) {
                    return it.hasNextValue() ? Arrays.stream(it.nextValue()).map(String::strip).toList() : List.of();
                }
            }
            String text = new String(bytes, start, scanner.end(0) - start, StandardCharsets.UTF_8);
            JsonNode first = format == DataFileFormat.JSON ? JSON.readTree(text + "]").get(0) : JSON.readTree(text);
            List<String> keys = new ArrayList<>();
            if (first != null && first.isObject()) {
                first.fieldNames().forEachRemaining(keys::add);
            }
            return keys;
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    /** Counted by the scanner, so a header that has not ended within the bytes held back is judged too. */
    private static String tooWide(DataFileFormat format, FirstRecords scanner, int maxColumns) {
        String max = String.format(Locale.ROOT, "%,d", maxColumns);
        String seen = String.format(Locale.ROOT, "%,d", scanner.columns());
        if (scanner.found() == 0) {
            return (format == DataFileFormat.CSV ? "The first line names more than " + max + " columns"
                    : "The first record has more than " + max + " fields") + " (" + seen
                    + " in its first megabyte); a dataset can have at most " + max + " columns.";
        }
        return format == DataFileFormat.CSV
                ? "The first line names " + seen + " columns; a dataset can have at most " + max + "."
                : "The first record has " + seen + " fields; a dataset can have at most " + max + " columns.";
    }

    private static String binary() {
        return "This is not a text file. Upload a CSV, JSON or JSONL file saved as UTF-8 text.";
    }

    /** Valid UTF-8; when the file goes on, a character cut in two at the end is fine. */
    private static boolean isUtf8(byte[] bytes, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, complete);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !complete || decoder.flush(out).isUnderflow();
            }
            out.clear();
        }
    }

    private static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
    }

    private static boolean isBlank(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }
}
