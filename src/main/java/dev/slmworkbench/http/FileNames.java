package dev.slmworkbench.http;

import java.util.regex.Pattern;

/** File names that came from a client or an upstream, made safe to keep, show and send back. */
public final class FileNames {

    /** The longest name kept, in characters (code points). */
    public static final int MAX_LENGTH = 255;
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}]");

    private FileNames() {
    }

    /**
     * The last path segment of {@code raw}, without what could disguise it: control and format
     * characters (a bidi override, U+202E, can make "...vsc.exe" read as "...exe.csv", zero-width
     * ones make two names look alike), line separators and lone surrogates. At most
     * {@value #MAX_LENGTH} characters, keeping the end (the extension) and never half a character.
     * Null is the empty name.
     */
    public static String safe(String raw) {
        String name = raw == null ? "" : raw;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = INVISIBLE.matcher(name.substring(slash + 1)).replaceAll("").strip();
        int over = name.codePointCount(0, name.length()) - MAX_LENGTH;
        return over > 0 ? name.substring(name.offsetByCodePoints(0, over)).strip() : name;
    }
}
