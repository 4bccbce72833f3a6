package dev.slmworkbench.api.datasets.check;

import dev.slmworkbench.http.ByteSizes;
import dev.slmworkbench.http.DataFileFormat;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every record of a dataset file checked as its bytes pass on their way to the training backend:
 * JSON that does not parse, a record that is not an object, a mapped field that is missing, of the
 * wrong type or (for a target) empty, a CSV row with the wrong number of fields or a quote never
 * closed, a record over the size limit. The first {@link #MAX_PROBLEMS} problems are kept with
 * their line numbers. Event loop only; nothing of the file is held but the record in progress.
 *
 * <p>What a checker passes on ({@link #feed}) is the file without its bad records, in order, cut
 * at record ends: a record goes on once it is whole and good. With no bad records allowed the
 * upload is refused at the first one instead ({@link #refused()}).
 */
public abstract class RecordChecker {

    /** The most problems reported for one file. */
    public static final int MAX_PROBLEMS = 20;

    protected final FieldMapping mapping;
    protected final long maxRecordBytes;
    private final long maxBadRecords;
    private final List<RecordProblem> problems = new ArrayList<>();
    private long records;
    private long bad;
    private String fatal;

    protected RecordChecker(FieldMapping mapping, long maxRecordBytes, long maxBadRecords) {
        this.mapping = mapping;
        this.maxRecordBytes = maxRecordBytes;
        this.maxBadRecords = maxBadRecords;
    }

    /** A checker for a file of {@code format} whose columns fill the roles as {@code mapping} says. */
    public static RecordChecker of(DataFileFormat format, FieldMapping mapping, List<String> columns,
            long maxRecordBytes, long maxBadRecords) {
        return switch (format) {
            case CSV -> new CsvChecker(mapping, columns, maxRecordBytes, maxBadRecords);
            case JSONL -> new JsonLinesChecker(mapping, maxRecordBytes, maxBadRecords);
            case JSON -> new JsonArrayChecker(mapping, maxRecordBytes, maxBadRecords);
        };
    }

    /** The next bytes of the file; what may go on now is handed to {@code passOn}. */
    public abstract void feed(Buffer piece, Consumer<Buffer> passOn);

    /** The file has ended: its last record is judged and, when good, handed on. */
    public abstract void finish(Consumer<Buffer> passOn);

    /** True once the file cannot be taken: more bad records than allowed, or one that ends the checks. */
    public boolean refused() {
        return fatal != null || bad > maxBadRecords;
    }

    /** Whether checking stopped at a problem it cannot read past (later records are not judged). */
    public boolean stopped() {
        return fatal != null;
    }

    /** Whether enough is known to answer: the problems reported are all there will be. */
    public boolean reportFull() {
        return stopped() || problems.size() >= MAX_PROBLEMS;
    }

    public List<RecordProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** Good records so far (a CSV header is none). */
    public long records() {
        return records;
    }

    /** Bad records so far (left out of what is passed on). */
    public long bad() {
        return bad;
    }

    public FieldMapping mapping() {
        return mapping;
    }

    protected void good() {
        records++;
    }

    protected void bad(long line, String problem) {
        bad++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new RecordProblem(line, problem));
        }
    }

    /** A problem no later record can be read past (broken JSON array, a quote never closed). */
    protected void stop(long line, String problem) {
        if (fatal == null) {
            fatal = problem;
            bad(line, problem);
        }
    }

    /** "not valid JSON (at character 7).": where the parser stopped, as a person counts on the line. */
    protected static String notValidJson(com.fasterxml.jackson.core.JsonProcessingException e) {
        long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
        return "not valid JSON" + (column > 0 ? " (at character " + column + ")" : "") + ".";
    }

    protected String tooLong() {
        return "the record is longer than " + ByteSizes.describe(maxRecordBytes)
                + " (the most a record may have; UPLOAD_MAX_RECORD_SIZE).";
    }
}
