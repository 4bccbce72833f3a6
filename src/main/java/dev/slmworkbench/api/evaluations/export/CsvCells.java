package dev.slmworkbench.api.evaluations.export;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Cells of a CSV file that a spreadsheet opens safely: RFC 4180 quoting (and {@code ;}, the
 * separator of semicolon locales), and text that a spreadsheet would run as a formula
 * ({@code =}, {@code +}, {@code -}, {@code @} or their full-width and small forms, after any
 * spaces or invisible characters; tab, CR first) gets a {@code '} in front, except plain numbers,
 * so a negative loss stays a number.
 */
final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvCells() {
    }

    /** One cell, guarded and quoted as needed; null is an empty cell. */
    static String text(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String cell = formulaLike(raw) && !PLAIN_NUMBER.matcher(raw).matches() ? "'" + raw : raw;
        return needsQuotes(cell) ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** A number as a spreadsheet reads it: whole numbers without {@code .0}, no exponent for everyday sizes. */
    static String number(Number value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            if (!Double.isFinite(d)) {
                return text(Double.toString(d));
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /** A value of any JSON type (a training stat): numbers as numbers, anything else as guarded text. */
    static String value(Object value) {
        return value instanceof Number n ? number(n) : text(value == null ? null : value.toString());
    }

    private static boolean formulaLike(String cell) {
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        // Spreadsheets skip leading spaces, NBSP, ZWSP and BOM, and read full-width signs as the ASCII ones.
        int i = 0;
        while (i < cell.length() && ignoredBeforeFormula(cell.charAt(i))) {
            i++;
        }
        return i < cell.length() && formulaChar(cell.charAt(i));
    }

    private static boolean ignoredBeforeFormula(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    private static boolean formulaChar(char c) {
        return switch (c) {
            case '=', '+', '-', '@',
                    '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', // full-width = + - @
                    '\uFE66', '\uFE62', '\uFE63', '\uFE6B' -> true; // small forms
            default -> false;
        };
    }

    private static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '"' || c == ',' || c == ';' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
