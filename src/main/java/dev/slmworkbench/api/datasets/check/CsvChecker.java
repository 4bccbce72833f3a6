package dev.slmworkbench.api.datasets.check;

import java.util.List;

/**
 * CSV (RFC 4180: comma separated, double quotes around a field that holds commas, quotes or line
 * breaks, a quote inside doubled): the first record is the header (checked with the file's head);
 * every record after it must have as many fields, and the mapped target columns must not be
 * empty. A quote that is never closed makes the rest of the file one record: it is reported at the
 * line where it opened, and checking stops there.
 */
final class CsvChecker extends AlignedChecker {

    private final int columns;
    /** For each field index: whether it is a mapped target (must not be empty). */
    private final boolean[] target;
    private final String[] names;

    private long line = 1;
    private long recordLine = 1;
    private boolean header = true;
    private boolean inQuotes;
    private boolean quoteSeen;
    private long quoteLine;
    private int field;
    private boolean fieldContent;
    private boolean recordContent;
    private boolean emptyTarget;
    private int emptyTargetField = -1;

    CsvChecker(FieldMapping mapping, List<String> columns, long maxRecordBytes, long maxBadRecords) {
        super(mapping, maxRecordBytes, maxBadRecords);
        this.columns = columns.size();
        this.names = columns.toArray(String[]::new);
        this.target = new boolean[this.columns];
        mapping.fields().forEach((role, column) -> {
            int index = columns.indexOf(column);
            if (index >= 0 && mapping.kind().target(role)) {
                target[index] = true;
            }
        });
    }

    @Override
    protected void scan(byte[] bytes, int base, int from, int length) {
        if (stopped()) {
            return;
        }
        int counted = from;
        for (int i = from; i < length; i++) {
            byte b = bytes[base + i];
            if (quoteSeen) {
                quoteSeen = false;
                if (b == '"') {
                    fieldContent = true;
                    continue;
                }
                inQuotes = false;
            }
            if (inQuotes) {
                if (b == '"') {
                    quoteSeen = true;
                } else if (b == '\n') {
                    line++;
                } else if (b != ' ' && b != '\t' && b != '\r') {
                    fieldContent = true;
                }
                continue;
            }
            switch (b) {
                case '"' -> {
                    if (!fieldContent) {
                        inQuotes = true;
                        quoteLine = line;
                        recordContent = true;
                    } else {
                        fieldContent = true;
                    }
                }
                case ',' -> {
                    fieldEnded();
                    recordContent = true;
                }
                case '\n' -> {
                    if (count(i + 1 - counted, recordLine)) {
                        overLimit(i + 1 - counted);
                    }
                    counted = i + 1;
                    closeRecord(i + 1);
                    line++;
                    recordLine = line;
                    if (stopped()) {
                        return;
                    }
                }
                case ' ', '\t', '\r' -> {
                }
                default -> {
                    fieldContent = true;
                    recordContent = true;
                }
            }
        }
        if (counted < length && count(length - counted, recordLine)) {
            overLimit(length - counted);
        }
    }

    @Override
    protected void end() {
        if (stopped()) {
            return;
        }
        if (inQuotes && !quoteSeen) {
            stop(quoteLine, "a quoted field opens on this line and is never closed.");
            return;
        }
        inQuotes = false;
        quoteSeen = false;
        if (recordContent || field > 0) {
            closeRecord(0);
        }
    }

    private void overLimit(long ignored) {
        if (inQuotes) {
            stop(quoteLine, "a quoted field opens on this line and does not close within "
                    + dev.slmworkbench.http.ByteSizes.describe(maxRecordBytes) + " (UPLOAD_MAX_RECORD_SIZE); "
                    + "is a closing quote missing?");
        }
    }

    private void fieldEnded() {
        if (field < columns && target[field] && !fieldContent) {
            emptyTarget = true;
            if (emptyTargetField < 0) {
                emptyTargetField = field;
            }
        }
        field++;
        fieldContent = false;
    }

    private void closeRecord(int end) {
        boolean blankLine = !recordContent && field == 0;
        fieldEnded();
        int fields = field;
        if (blankLine) {
            recordEnded(end, true);
        } else if (header) {
            header = false;
            recordEnded(end, true);
        } else {
            String problem = null;
            if (overLimit) {
                problem = tooLong();
            } else if (fields != columns) {
                problem = "the record has " + fields + (fields == 1 ? " field" : " fields") + " but the header names "
                        + columns + " columns.";
            } else if (emptyTarget) {
                String role = roleOf(names[emptyTargetField]);
                problem = "\"" + names[emptyTargetField] + "\" (the " + FieldMapping.label(role) + ") is empty.";
            }
            if (problem == null) {
                good();
                recordEnded(end, true);
            } else {
                bad(recordLine, problem);
                recordEnded(end, false);
            }
        }
        field = 0;
        fieldContent = false;
        recordContent = false;
        emptyTarget = false;
        emptyTargetField = -1;
    }

    private String roleOf(String column) {
        return mapping.fields().entrySet().stream().filter(e -> e.getValue().equals(column))
                .map(java.util.Map.Entry::getKey).findFirst().orElse(column);
    }
}
