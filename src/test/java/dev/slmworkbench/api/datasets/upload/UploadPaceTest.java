package dev.slmworkbench.api.datasets.upload;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slmworkbench.testing.EdgeProfile;
import dev.slmworkbench.testing.LogCapture;
import dev.slmworkbench.testing.Multipart;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An upload that drips never meets the idle timeout (a byte every few seconds keeps the connection
 * busy): it is judged on its pace instead, once per window (3 s here, 30 s by default), and
 * stopped with a 408 when it brought less than 1 KiB a second. A slow but steady one goes through.
 */
@QuarkusTest
@TestProfile(EdgeProfile.class)
class UploadPaceTest {

    @Test
    void aDrippingUploadIsStoppedWithA408() throws Exception {
        Multipart form = new Multipart().field("name", "Drip").field("type", "training");
        try (LogCapture logs = LogCapture.open()) {
            long started = System.nanoTime();
            String answer = upload(form, "drip.csv", 1, 500, 60);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            assertThat(answer, containsString("HTTP/1.1 408"));
            assertThat(answer, containsString("\"title\":\"Upload too slow\""));
            assertThat(answer, containsString("slower than 1 KiB per second for 3 seconds"));
            assertThat(answer.toLowerCase(java.util.Locale.ROOT), containsString("connection: close"));
            // Judged at the end of the first or second window, never after the 30 s a drip would last.
            assertThat(tookMs, lessThan(4 * EdgeProfile.PACE_WINDOW_MS));
            assertEquals(List.of(), logs.loud());
        }
    }

    @Test
    void aSlowButSteadyUploadGoesThrough() throws Exception {
        Multipart form = new Multipart().field("name", "Steady").field("type", "training");
        // 2 KiB every half second (4 KiB a second) for 8 s: well past two windows.
        String answer = upload(form, "steady.csv", 2048, 500, 16);
        assertThat(answer, containsString("HTTP/1.1 201"));
        assertThat(answer, containsString("\"name\":\"Steady\""));
    }

    /**
     * Sends the form's fields and a CSV file part whose rows come {@code pieceBytes} at a time every
     * {@code everyMs}, {@code pieces} times, then the end of the form; returns what the server answered.
     */
    private static String upload(Multipart fields, String fileName, int pieceBytes, long everyMs, int pieces)
            throws Exception {
        String boundary = fields.contentType().substring(fields.contentType().indexOf("boundary=") + 9);
        byte[] start = concat(fields.unfinished(), ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\nprompt,completion\n")
                .getBytes(StandardCharsets.UTF_8));
        byte[] piece = new byte[pieceBytes];
        Arrays.fill(piece, (byte) 'a');
        if (pieceBytes > 2) {
            piece[pieceBytes / 2] = ',';
            piece[pieceBytes - 1] = '\n';
        }
        byte[] end = ("\n\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/datasets HTTP/1.1\r\nHost: localhost:" + RestAssured.port + "\r\nContent-Type: "
                    + fields.contentType() + "\r\nX-Requested-With: slm-workbench\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            Thread writer = new Thread(() -> {
                try {
                    chunk(out, start);
                    for (int i = 0; i < pieces; i++) {
                        Thread.sleep(everyMs);
                        chunk(out, piece);
                    }
                    chunk(out, end);
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException | InterruptedException stopped) {
                    // the server answered and closed: what it answered is what counts
                }
            });
            writer.setDaemon(true);
            writer.start();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) >= 0) {
                    got.write(buffer, 0, n);
                    String text = got.toString(StandardCharsets.UTF_8);
                    if (text.contains("\r\n\r\n") && text.endsWith("}")) {
                        break;
                    }
                }
            } catch (IOException closed) {
                // a reset after the answer
            }
            writer.interrupt();
            return got.toString(StandardCharsets.UTF_8);
        }
    }

    private static void chunk(OutputStream out, byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
