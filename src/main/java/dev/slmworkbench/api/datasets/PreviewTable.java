package dev.slmworkbench.api.datasets;

import dev.slmworkbench.web.WebConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A preview's table as it is read, held within its limits: the first {@code columns} columns
 * (the rest only counted), cells cut at {@code cellLength} characters, and rows only while the
 * text stays within {@code chars}. A wide or long file costs what the limits allow, not its width.
 */
final class PreviewTable {

    /** The limits of one preview (see {@link WebConfig}). */
    record Limits(int columns, int cellLength, int chars) {

        static Limits of(WebConfig config) {
            return new Limits(config.previewMaxColumns(), config.previewMaxCellLength(), config.previewMaxChars());
        }
    }

    private final Limits limits;
    private final List<String> columns = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final DistinctKeys otherKeys = new DistinctKeys();
    private final List<String[]> rows = new ArrayList<>();
    private long otherColumns;
    private long chars;
    private boolean full;

    PreviewTable(Limits limits) {
        this.limits = limits;
    }

    /** CSV: the header's names (at most {@code columns} of them given) and how many it names in all. */
    void header(List<String> names, long total) {
        for (String name : names) {
            if (columns.size() < limits.columns()) {
                String shown = cut(name);
                columns.add(shown);
                chars += shown.length();
            }
        }
        otherColumns = Math.max(0, total - columns.size());
    }

    /** JSON: the column of a record's key, added while there is room; -1 for a key beyond the limit. */
    int column(String key) {
        Integer known = index.get(key);
        if (known != null) {
            return known;
        }
        if (columns.size() < limits.columns()) {
            String shown = cut(key);
            index.put(key, columns.size());
            columns.add(shown);
            chars += shown.length();
            return columns.size() - 1;
        }
        if (otherKeys.add(key)) {
            otherColumns++;
        }
        return -1;
    }

    /** A new row of at most {@code columns} cells, to fill with {@link #cut} text (an empty cell stays null). */
    String[] newRow() {
        return new String[limits.columns()];
    }

    /** How many cells a row holds at most. */
    int newRowWidth() {
        return limits.columns();
    }

    /** The longest cell kept, in characters. */
    int cellLength() {
        return limits.cellLength();
    }

    /** Adds a filled row if its text fits; false (and no more rows) once the preview is full. */
    boolean add(String[] row) {
        if (full) {
            return false;
        }
        long size = 0;
        for (String cell : row) {
            size += cell == null ? 0 : cell.length();
        }
        if (chars + size > limits.chars()) {
            full = true;
            return false;
        }
        chars += size;
        rows.add(row);
        return true;
    }

    /** True once a row was left out for want of room. */
    boolean full() {
        return full;
    }

    int rowCount() {
        return rows.size();
    }

    /** The first {@code cellLength} characters of {@code text}, never half of one, with an ellipsis when cut. */
    String cut(String text) {
        int max = limits.cellLength();
        if (text.length() <= max || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)) + "\u2026";
    }

    DatasetPreview build(boolean truncated) {
        int width = columns.size();
        List<List<String>> out = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            String[] cells = Arrays.copyOf(row, Math.max(width, lastFilled(row) + 1));
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] == null) {
                    cells[i] = "";
                }
            }
            out.add(Arrays.asList(cells));
        }
        Integer total = otherColumns > 0 ? (int) Math.min(Integer.MAX_VALUE, width + otherColumns) : null;
        return new DatasetPreview(List.copyOf(columns), out, truncated || full, total);
    }

    private static int lastFilled(String[] row) {
        for (int i = row.length - 1; i >= 0; i--) {
            if (row[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Counts distinct keys beyond the shown columns by a 64-bit hash of each, in an open-addressed
     * table of longs: eight bytes a key here, not its strings.
     */
    static final class DistinctKeys {
        private long[] table = new long[64];
        private int size;
        private boolean zeroSeen;

        boolean add(String key) {
            long hash = hash(key);
            if (hash == 0) {
                boolean added = !zeroSeen;
                zeroSeen = true;
                return added;
            }
            if (size * 2 >= table.length) {
                grow();
            }
            if (!insert(table, hash)) {
                return false;
            }
            size++;
            return true;
        }

        private static boolean insert(long[] into, long hash) {
            int mask = into.length - 1;
            for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
                if (into[i] == hash) {
                    return false;
                }
                if (into[i] == 0) {
                    into[i] = hash;
                    return true;
                }
            }
        }

        private void grow() {
            long[] old = table;
            table = new long[old.length * 2];
            for (long hash : old) {
                if (hash != 0) {
                    insert(table, hash);
                }
            }
        }

        /** FNV-1a over the chars, 64 bits: collisions among a million keys are about one in ten million. */
        private static long hash(String key) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < key.length(); i++) {
                h ^= key.charAt(i);
                h *= 0x100000001b3L;
            }
            return h;
        }
    }
}
