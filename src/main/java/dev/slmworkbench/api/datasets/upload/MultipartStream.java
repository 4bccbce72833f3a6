package dev.slmworkbench.api.datasets.upload;

import dev.slmworkbench.http.ContentDisposition;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) as it streams in. Fed piece by piece, it
 * tells its listener where each part starts and hands on the part's bytes as they come, as views
 * of the pieces it was given (no copies), never holding more than one part's headers or one
 * delimiter's length of them.
 */
final class MultipartStream {

    /** What the parser finds, in body order. */
    interface Listener {

        void partStarted(Part part);

        void partData(Buffer data);

        void partEnded();
    }

    /** One part's headers: its field name, and its file name when it is a file (else null). */
    record Part(String name, String fileName) {
    }

    /** The body does not follow the multipart format; the message is for the log, not for people. */
    static class MalformedException extends Exception {

        MalformedException(String message) {
            super(message, null, false, false);
        }
    }

    /** A part's {@code filename*} does not decode: bad input of the person's, to be answered on the file field. */
    static final class UnreadableFileNameException extends MalformedException {

        UnreadableFileNameException() {
            super("a filename* that does not decode");
        }
    }

    static final int MAX_HEADERS = 16 * 1024;
    private static final byte[] NONE = new byte[0];
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

    private enum State { PREAMBLE, AFTER_DELIMITER, HEADERS, BODY, DONE }

    private final byte[] delimiter;
    private final Listener listener;
    private State state = State.PREAMBLE;
    /** Bytes that could not be judged yet: the start of a delimiter, or headers cut in two. */
    private byte[] carry;
    private boolean stopped;

    MultipartStream(String boundary, Listener listener) {
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.listener = listener;
        // The first delimiter opens the body without a line break before it; this makes it look like the others.
        this.carry = CRLF;
    }

    /** The boundary of a {@code multipart/form-data} content type, if that is what it is. */
    static Optional<String> boundary(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String[] parts = contentType.split(";", 2);
        if (!parts[0].strip().equalsIgnoreCase("multipart/form-data") || parts.length < 2) {
            return Optional.empty();
        }
        String boundary = parameters(parts[1]).get("boundary");
        // RFC 2046: 1 to 70 characters.
        return boundary == null || boundary.isEmpty() || boundary.length() > 70 ? Optional.empty()
                : Optional.of(boundary);
    }

    /** Stops reading: whatever comes next is ignored. */
    void stop() {
        stopped = true;
    }

    void feed(Buffer piece) throws MalformedException {
        if (stopped || state == State.DONE) {
            return;
        }
        ByteBuf buf = piece.getByteBuf();
        byte[] bytes;
        int from;
        int to;
        if (buf.hasArray()) {
            bytes = buf.array();
            from = buf.arrayOffset() + buf.readerIndex();
            to = from + buf.readableBytes();
        } else {
            bytes = piece.getBytes();
            from = 0;
            to = bytes.length;
        }
        if (carry.length > 0) {
            byte[] joined = Arrays.copyOf(carry, carry.length + (to - from));
            System.arraycopy(bytes, from, joined, carry.length, to - from);
            bytes = joined;
            from = 0;
            to = joined.length;
            carry = NONE;
        }
        parse(bytes, from, to);
    }

    /** The body ended: it must have ended with the closing delimiter. */
    void end() throws MalformedException {
        if (!stopped && state != State.DONE) {
            throw new MalformedException("the body ended before the closing delimiter");
        }
    }

    private void parse(byte[] bytes, int pos, int end) throws MalformedException {
        while (pos < end && !stopped) {
            switch (state) {
                case PREAMBLE -> {
                    int at = indexOf(bytes, pos, end, delimiter);
                    if (at < 0) {
                        keepDelimiterStart(bytes, pos, end);
                        return;
                    }
                    pos = at + delimiter.length;
                    state = State.AFTER_DELIMITER;
                }
                case AFTER_DELIMITER -> {
                    int next = afterDelimiter(bytes, pos, end);
                    if (next < 0) {
                        return;
                    }
                    pos = next;
                }
                case HEADERS -> {
                    int at = indexOf(bytes, pos, end, HEADERS_END);
                    if (at < 0) {
                        if (end - pos > MAX_HEADERS) {
                            throw new MalformedException("part headers too long");
                        }
                        carry = Arrays.copyOfRange(bytes, pos, end);
                        return;
                    }
                    if (at - pos > MAX_HEADERS) {
                        throw new MalformedException("part headers too long");
                    }
                    // The line break after the delimiter is the first two bytes.
                    Part part = part(new String(bytes, pos + 2, Math.max(0, at - pos - 2), StandardCharsets.UTF_8));
                    pos = at + HEADERS_END.length;
                    state = State.BODY;
                    listener.partStarted(part);
                }
                case BODY -> {
                    int at = indexOf(bytes, pos, end, delimiter);
                    if (at < 0) {
                        int kept = delimiterStart(bytes, pos, end);
                        if (end - kept > pos) {
                            listener.partData(view(bytes, pos, end - kept));
                        }
                        carry = Arrays.copyOfRange(bytes, end - kept, end);
                        return;
                    }
                    if (at > pos) {
                        listener.partData(view(bytes, pos, at));
                    }
                    pos = at + delimiter.length;
                    state = State.AFTER_DELIMITER;
                    if (!stopped) {
                        listener.partEnded();
                    }
                }
                case DONE -> {
                    return;
                }
            }
        }
    }

    /** After a delimiter: "--" closes the body; else optional spaces, then the line break before headers. */
    private int afterDelimiter(byte[] bytes, int pos, int end) throws MalformedException {
        if (end - pos < 2) {
            carry = Arrays.copyOfRange(bytes, pos, end);
            return -1;
        }
        if (bytes[pos] == '-' && bytes[pos + 1] == '-') {
            state = State.DONE;
            return end;
        }
        int i = pos;
        while (i < end && (bytes[i] == ' ' || bytes[i] == '\t')) {
            i++;
        }
        if (end - i < 2) {
            if (i - pos > 256) {
                throw new MalformedException("padding after a delimiter too long");
            }
            carry = Arrays.copyOfRange(bytes, pos, end);
            return -1;
        }
        if (bytes[i] != '\r' || bytes[i + 1] != '\n') {
            throw new MalformedException("no line break after a delimiter");
        }
        state = State.HEADERS;
        return i;
    }

    private void keepDelimiterStart(byte[] bytes, int pos, int end) {
        int kept = delimiterStart(bytes, pos, end);
        carry = Arrays.copyOfRange(bytes, end - kept, end);
    }

    /** How many bytes at the end could be the start of a delimiter (and must wait for the next piece). */
    private int delimiterStart(byte[] bytes, int pos, int end) {
        for (int k = Math.min(delimiter.length - 1, end - pos); k > 0; k--) {
            if (bytes[end - k] == '\r' && startsWith(bytes, end - k, end, delimiter)) {
                return k;
            }
        }
        return 0;
    }

    private static boolean startsWith(byte[] bytes, int from, int to, byte[] prefix) {
        for (int i = 0; i < to - from; i++) {
            if (bytes[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, int from, int to, byte[] pattern) {
        byte first = pattern[0];
        int last = to - pattern.length;
        for (int i = from; i <= last; i++) {
            if (bytes[i] != first) {
                continue;
            }
            int j = 1;
            while (j < pattern.length && bytes[i + j] == pattern[j]) {
                j++;
            }
            if (j == pattern.length) {
                return i;
            }
        }
        return -1;
    }

    private static Buffer view(byte[] bytes, int from, int to) {
        return Buffer.buffer(Unpooled.wrappedBuffer(bytes, from, to - from));
    }

    private static Part part(String headers) throws MalformedException {
        String disposition = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Disposition")) {
                disposition = line.substring(colon + 1).strip();
            }
        }
        if (disposition == null) {
            throw new MalformedException("a part without Content-Disposition");
        }
        String[] kind = disposition.split(";", 2);
        if (!kind[0].strip().equalsIgnoreCase("form-data") || kind.length < 2) {
            throw new MalformedException("a part that is not form-data");
        }
        Map<String, String> params = parameters(kind[1]);
        String name = params.get("name");
        if (name == null) {
            throw new MalformedException("a part without a name");
        }
        String fileName = params.get("filename");
        String extended = params.get("filename*");
        if (extended != null) {
            fileName = ContentDisposition.decodeExtended(extended)
                    .orElseThrow(() -> new UnreadableFileNameException());
        }
        return new Part(name, fileName);
    }

    /** {@code ; key=value; key="quoted \" value"} as a map with lower-case keys. */
    static Map<String, String> parameters(String text) {
        Map<String, String> params = new HashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && (text.charAt(i) == ';' || Character.isWhitespace(text.charAt(i)))) {
                i++;
            }
            int keyStart = i;
            while (i < n && text.charAt(i) != '=' && text.charAt(i) != ';') {
                i++;
            }
            String key = text.substring(keyStart, i).strip().toLowerCase(Locale.ROOT);
            if (i >= n || text.charAt(i) == ';') {
                continue;
            }
            i++;
            StringBuilder value = new StringBuilder();
            boolean quoted = i < n && text.charAt(i) == '"';
            if (quoted) {
                i++;
                while (i < n && text.charAt(i) != '"') {
                    char c = text.charAt(i);
                    if (c == '\\' && i + 1 < n && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
                        c = text.charAt(++i);
                    }
                    value.append(c);
                    i++;
                }
                i++;
            } else {
                while (i < n && text.charAt(i) != ';') {
                    value.append(text.charAt(i++));
                }
            }
            if (!key.isEmpty()) {
                params.putIfAbsent(key, quoted ? value.toString() : value.toString().strip());
            }
        }
        return params;
    }
}
