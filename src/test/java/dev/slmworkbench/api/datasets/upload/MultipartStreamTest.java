package dev.slmworkbench.api.datasets.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultipartStreamTest {

    private static final String BOUNDARY = "----WebKitFormBoundaryX3b";

    /** What the listener saw: one entry per part, its name, file name and bytes. */
    private static final class Recorder implements MultipartStream.Listener {
        final List<String> names = new ArrayList<>();
        final List<String> fileNames = new ArrayList<>();
        final List<byte[]> bodies = new ArrayList<>();
        private ByteArrayOutputStream current;
        int ended;

        @Override
        public void partStarted(MultipartStream.Part part) {
            names.add(part.name());
            fileNames.add(part.fileName());
            current = new ByteArrayOutputStream();
        }

        @Override
        public void partData(Buffer data) {
            current.writeBytes(data.getBytes());
        }

        @Override
        public void partEnded() {
            bodies.add(current.toByteArray());
            ended++;
        }
    }

    private static byte[] body(byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("preamble to ignore\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"name\"\r\n\r\n"
                + "Données\r\n--" + BOUNDARY + "  \r\n"
                + "content-disposition: form-data; name=\"file\"; filename=\"a \\\"b\\\" ç.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\nepilogue").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void partsAreFoundWhereverThePiecesAreCut() throws Exception {
        // Almost-delimiters inside the file must stay file content.
        byte[] file = ("a,b\r\n\r\n--" + BOUNDARY.substring(0, 10) + "\r\n\r--x\r\n--"
                + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "\r").getBytes(StandardCharsets.UTF_8);
        byte[] body = body(file);
        for (int size = 1; size <= body.length; size++) {
            Recorder seen = new Recorder();
            MultipartStream parser = new MultipartStream(BOUNDARY, seen);
            for (int from = 0; from < body.length; from += size) {
                parser.feed(Buffer.buffer(Arrays.copyOfRange(body, from, Math.min(body.length, from + size))));
            }
            parser.end();
            int cut = size;
            assertEquals(List.of("name", "file"), seen.names, () -> "pieces of " + cut);
            assertEquals(Arrays.asList(null, "a \"b\" ç.csv"), seen.fileNames, () -> "pieces of " + cut);
            assertArrayEquals("Données".getBytes(StandardCharsets.UTF_8), seen.bodies.get(0), () -> "pieces of " + cut);
            assertArrayEquals(file, seen.bodies.get(1), () -> "pieces of " + cut);
        }
    }

    @Test
    void anRfc5987FileNameWins() throws Exception {
        Recorder seen = new Recorder();
        MultipartStream parser = new MultipartStream("b", seen);
        parser.feed(Buffer.buffer("--b\r\nContent-Disposition: form-data; name=file; filename=\"x.csv\"; "
                + "filename*=UTF-8''%E2%82%AC%20rates.csv\r\n\r\n1\r\n--b--"));
        parser.end();
        assertEquals("€ rates.csv", seen.fileNames.get(0));
    }

    @Test
    void aBodyThatIsNotMultipartIsRefused() {
        assertThrows(MultipartStream.MalformedException.class, () -> {
            MultipartStream parser = new MultipartStream("b", new Recorder());
            parser.feed(Buffer.buffer("--b\r\nContent-Type: text/plain\r\n\r\nno disposition\r\n--b--"));
        });
        assertThrows(MultipartStream.MalformedException.class, () -> {
            MultipartStream parser = new MultipartStream("b", new Recorder());
            parser.feed(Buffer.buffer("--bX-no-line-break"));
        });
        assertThrows(MultipartStream.MalformedException.class, () -> {
            MultipartStream parser = new MultipartStream("b", new Recorder());
            parser.feed(Buffer.buffer("--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nnever closed"));
            parser.end();
        });
        assertThrows(MultipartStream.MalformedException.class, () -> {
            MultipartStream parser = new MultipartStream("b", new Recorder());
            parser.feed(Buffer.buffer("--b\r\nX-Long: " + "h".repeat(MultipartStream.MAX_HEADERS)));
        });
    }

    @Test
    void theBoundaryComesFromAFormDataContentTypeOnly() {
        assertEquals(Optional.of("abc"), MultipartStream.boundary("multipart/form-data; boundary=abc"));
        assertEquals(Optional.of("a b;c"), MultipartStream.boundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b;c\""));
        assertEquals(Optional.empty(), MultipartStream.boundary("multipart/mixed; boundary=abc"));
        assertEquals(Optional.empty(), MultipartStream.boundary("multipart/form-data"));
        assertEquals(Optional.empty(), MultipartStream.boundary("application/json"));
        assertEquals(Optional.empty(), MultipartStream.boundary(null));
    }
}
