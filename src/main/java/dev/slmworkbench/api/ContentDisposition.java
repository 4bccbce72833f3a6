package dev.slmworkbench.api;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download, built by us from a file name that may hold
 * anything: a plain ASCII {@code filename} every browser reads, without the characters that end
 * or escape it ({@code "}, {@code \}, {@code ;}, line breaks), and RFC 6266's {@code filename*}
 * with the exact name when that fallback had to change it.
 */
final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        String name = fileName.replaceAll("\\p{Cntrl}", "").strip();
        String fallback = asciiFallback(name);
        String header = "attachment; filename=\"" + fallback + "\"";
        return fallback.equals(name) ? header : header + "; filename*=UTF-8''" + encode(name);
    }

    /** Printable ASCII only; '%' too goes, as some browsers would decode it. */
    static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != ';' && c != '%' ? c : '_');
        }
        return out.toString();
    }

    /** RFC 8187 percent-encoding of the UTF-8 bytes. */
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHARS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
