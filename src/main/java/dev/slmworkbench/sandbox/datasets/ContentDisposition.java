package dev.slmworkbench.sandbox.datasets;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** A Content-Disposition header that old and new browsers read the same, whatever the file name holds. */
public final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";
    static final int MAX_FILE_NAME = 255;
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]");

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** Printable ASCII only, without the characters that end or escape a quoted string. */
    static String asciiFallback(String fileName) {
        StringBuilder out = new StringBuilder(fileName.length());
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        return out.toString();
    }

    /** RFC 8187 percent-encoding of the UTF-8 bytes. */
    static String encode(String fileName) {
        StringBuilder out = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /**
     * The last path segment of a client-supplied name, at most 255 characters (code points, keeping
     * the end and never half a character), without control and format characters: a bidi override
     * (U+202E) could make "exe.csv" read as something else, zero-width ones could make two names look
     * alike. Line separators and lone surrogates go too. The BFF's sanitiser applies the same rules.
     */
    public static String safeFileName(String raw) {
        String name = raw == null ? "" : raw;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = INVISIBLE.matcher(name.substring(slash + 1)).replaceAll("").strip();
        int over = name.codePointCount(0, name.length()) - MAX_FILE_NAME;
        return over > 0 ? name.substring(name.offsetByCodePoints(0, over)).strip() : name;
    }
}
