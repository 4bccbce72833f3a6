package dev.slmworkbench.testing;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket to the public test port, for what REST Assured cannot send: a chunked
 * body of a chosen size, a body cut off halfway, a lying Content-Length.
 */
public final class RawHttp {

    /** A parsed answer: status, raw header block (lower-cased names), body. */
    public record Answer(int status, String headers, String body) {
        public String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /** The request head for {@code method path} with the given extra header lines (each ending in CRLF). */
    public static String head(String method, String path, String headerLines) {
        return method + " " + path + " HTTP/1.1\r\nHost: localhost:" + RestAssured.port + "\r\n" + headerLines + "\r\n";
    }

    /** A chunked encoding of {@code size} bytes of JSON-ish filler, in 64 KiB chunks. */
    public static byte[] chunked(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        for (int sent = 0; sent < size; sent += chunk.length) {
            int n = Math.min(chunk.length, size - sent);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunk, 0, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /**
     * Sends head and body (from another thread, so an early answer is read while the body still goes
     * out) and reads one answer with a Content-Length.
     */
    public static Answer exchange(String head, byte[] body) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = new Thread(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException e) {
                    // the server may close once it has answered; the answer is what counts
                }
            });
            writer.start();
            Answer answer = read(socket.getInputStream());
            writer.join(20_000);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends head and the start of a body, then goes away; {@code reset} ends with a TCP RST instead of a FIN. */
    public static void abort(String head, byte[] partialBody, boolean reset) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(partialBody);
            out.flush();
            Thread.sleep(200);
            if (reset) {
                socket.setSoLinger(true, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Sends head and the start of a body, then stalls; returns how long until the server closed the
     * connection (or -1 if it was still open after {@code maxMillis}), having read nothing from it.
     */
    public static long stall(String head, byte[] partialBody, long maxMillis) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout((int) maxMillis);
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(partialBody);
            out.flush();
            InputStream in = socket.getInputStream();
            try {
                while (in.read() >= 0) {
                    // an answer would show up here; the connection's end is what is measured
                }
            } catch (java.net.SocketTimeoutException e) {
                return -1;
            } catch (IOException e) {
                // reset: closed as well
            }
            return (System.nanoTime() - start) / 1_000_000;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int end = -1;
        int length = -1;
        while (end < 0 || got.size() < end + 4 + length) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            got.write(buffer, 0, n);
            if (end < 0) {
                end = got.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
                if (end >= 0) {
                    String headers = got.toString(StandardCharsets.ISO_8859_1).substring(0, end).toLowerCase(Locale.ROOT);
                    int at = headers.indexOf("\ncontent-length:");
                    length = at < 0 ? 0 : Integer.parseInt(headers.substring(at + 16, indexOrEnd(headers, at + 16)).trim());
                }
            }
        }
        String text = got.toString(StandardCharsets.UTF_8);
        if (end < 0) {
            throw new IOException("no complete answer: " + text);
        }
        String headers = text.substring(0, text.indexOf("\r\n\r\n"));
        int status = Integer.parseInt(headers.substring(9, 12));
        return new Answer(status, headers, text.substring(text.indexOf("\r\n\r\n") + 4));
    }

    private static int indexOrEnd(String text, int from) {
        int i = text.indexOf('\r', from);
        return i < 0 ? text.length() : i;
    }
}
