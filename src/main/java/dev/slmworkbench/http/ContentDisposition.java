package dev.slmworkbench.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code Content-Disposition} of a download, built by us from a file name that may hold
 * anything: a plain ASCII {@code filename} every browser reads, without the characters that end
 * or escape it ({@code "}, {@code \}, {@code ;}, line breaks), and RFC 6266's {@code filename*}
 * with the exact name when that fallback had to change it.
 */
public final class ContentDisposition {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
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

    /**
     * The value of an RFC 8187 extended parameter ({@code filename*=UTF-8''na%C3%AFve.csv}), or empty
     * when it cannot be read: no {@code charset'language'} prefix, a charset other than UTF-8 or
     * ISO-8859-1, a {@code %} without two hex digits, or bytes that are not valid in the charset.
     */
    public static Optional<String> decodeExtended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return Optional.empty();
        }
        Charset charset = switch (value.substring(0, first).strip().toUpperCase(Locale.ROOT)) {
            case "UTF-8" -> StandardCharsets.UTF_8;
            case "ISO-8859-1" -> StandardCharsets.ISO_8859_1;
            default -> null;
        };
        if (charset == null) {
            return Optional.empty();
        }
        String encoded = value.substring(second + 1);
        ByteBuffer bytes = ByteBuffer.allocate(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    return Optional.empty();
                }
                bytes.put((byte) (high << 4 | low));
                i += 2;
            } else if (c < 0x80) {
                bytes.put((byte) c);
            } else {
                // Only ASCII may appear unescaped in an extended value.
                return Optional.empty();
            }
        }
        bytes.flip();
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
