package dev.slmworkbench.api.datasets.upload;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.api.datasets.FirstRecords;
import dev.slmworkbench.api.datasets.check.FieldMapping;
import dev.slmworkbench.api.datasets.check.RecordChecker;
import dev.slmworkbench.api.datasets.check.UploadMapping;
import dev.slmworkbench.http.DataFileFormat;
import dev.slmworkbench.http.FileNames;
import dev.slmworkbench.training.FieldError;
import dev.slmworkbench.training.NewDataset;
import dev.slmworkbench.training.Problem;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The upload form's text fields, read as their parts pass (they come before the file), and what
 * they say once the file starts: the new dataset, its format, the column mapping the user chose.
 */
final class UploadFields {

    private static final Set<String> NAMES = Set.of("name", "description", "type", "mapping");
    /** Longest text field read (description: 2,000 characters of up to 4 bytes; a mapping of long names). */
    private static final int MAX_FIELD_BYTES = 8 * 1024;

    private final Map<String, String> values = new HashMap<>();
    private String field;
    private Buffer value;

    /** What the fields say when the file starts, or the errors that refuse the upload. */
    record Started(NewDataset dataset, DataFileFormat format, FieldMapping chosen, List<FieldError> errors) {
    }

    /** The head refused (a problem), or taken with the checker of its records. */
    record HeadChecked(Problem refused, RecordChecker checker) {
    }

    /** Starts reading a part, if it is one of the form's text fields. */
    void partStarted(MultipartStream.Part part) {
        if (part.fileName() == null && NAMES.contains(part.name())) {
            field = part.name();
            value = Buffer.buffer();
        }
    }

    /** Takes a text field's bytes; false when the part is no text field. */
    boolean partData(Buffer data) {
        if (field == null) {
            return false;
        }
        if (value != null && value.length() + data.length() <= MAX_FIELD_BYTES) {
            value.appendBuffer(data);
        } else {
            value = null;
        }
        return true;
    }

    /** Ends a text field's part; false when the part is no text field. */
    boolean partEnded() {
        if (field == null) {
            return false;
        }
        // Too long to keep: far more than any limit, so the check reports it as too long.
        values.put(field, value == null ? "x".repeat(MAX_FIELD_BYTES) : value.toString(StandardCharsets.UTF_8));
        field = null;
        return true;
    }

    /**
     * The file's head passed its own checks (null) or not (the problem); then the head names the
     * columns, the mapping is the one chosen or detected, and a checker for every record is made.
     */
    static HeadChecked checkHead(DataFileFormat format, Buffer head, FirstRecords scanner, boolean complete, int maxColumns,
            FieldMapping chosen, RecordLimits limits) {
        String problem = UploadChecks.fileProblem(format, head, scanner, complete, maxColumns);
        if (problem != null) {
            return new HeadChecked(UploadAnswers.invalid(List.of(new FieldError("file", problem))), null);
        }
        List<String> columns = UploadChecks.columns(format, head, scanner);
        FieldMapping mapping = chosen != null ? chosen : FieldMapping.detect(columns).orElse(null);
        String mappingProblem = mapping == null ? UploadMapping.undetected(columns) : mapping.problemWith(columns);
        if (mappingProblem != null) {
            return new HeadChecked(UploadAnswers.invalid(List.of(new FieldError("mapping", mappingProblem))), null);
        }
        return new HeadChecked(null, RecordChecker.of(format, mapping, columns, limits.maxRecordBytes(),
                limits.maxBadRecords()));
    }

    /** The errors of the text fields alone (for a form that ended without a file). */
    List<FieldError> errors() {
        return UploadChecks.fields(values.get("name"), values.get("description"), values.get("type"));
    }

    /** The file part starts: the fields must all be in and right, and the file named as a dataset. */
    Started fileStarted(String rawFileName, ObjectMapper json) {
        List<FieldError> errors = new ArrayList<>(errors());
        String fileName = FileNames.safe(rawFileName);
        Optional<DataFileFormat> format = DataFileFormat.ofFileName(fileName);
        if (fileName.isEmpty()) {
            errors.add(new FieldError("file", "Choose a file to upload."));
        } else if (format.isEmpty()) {
            errors.add(new FieldError("file", "Upload a .csv, .json or .jsonl file."));
        }
        FieldMapping chosen = null;
        try {
            chosen = UploadMapping.parse(values.get("mapping"), json).orElse(null);
        } catch (UploadMapping.InvalidMapping e) {
            errors.add(new FieldError("mapping", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            return new Started(null, null, null, errors);
        }
        String description = values.get("description");
        NewDataset dataset = new NewDataset(values.get("name").strip(),
                description == null || description.isBlank() ? null : description.strip(),
                values.get("type").strip(), fileName);
        return new Started(dataset, format.get(), chosen, List.of());
    }
}
