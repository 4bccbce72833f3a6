package dev.slmworkbench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.testing.Multipart;
import dev.slmworkbench.testing.RawHttp;
import dev.slmworkbench.testing.SandboxAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The multipart spool of sandbox uploads ({@code quarkus.http.body.uploads-directory}) keeps no file
 * once an upload has ended, however it ended.
 */
@QuarkusTest
class UploadSpoolTest {

    private static final String UPLOAD = "/sandbox/v1/datasets/upload";
    /** Enough of a file that the spool file surely exists and has been written to. */
    private static final byte[] ROWS = "prompt,response\r\n".repeat(16 * 1024).getBytes();

    @Inject
    UploadSpool uploadSpool;

    private Instant started;

    @BeforeEach
    void markStart() {
        // Files of earlier tests in this directory are not this test's to judge.
        started = Instant.now().minusMillis(50);
    }

    static Path spool() {
        return Path.of(ConfigProvider.getConfig().getValue("quarkus.http.body.uploads-directory", String.class));
    }

    /** Spool files written since this test started. */
    private List<Path> strays() {
        if (!Files.isDirectory(spool())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spool())) {
            return files.filter(file -> {
                try {
                    return !Files.getLastModifiedTime(file).toInstant().isBefore(started);
                } catch (IOException gone) {
                    return false;
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls until no spool file of this test is left, or fails after the deadline. */
    private void assertSpoolEmpties() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Path> left = strays();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            left = strays();
        }
        assertEquals(List.of(), left, "spool files left behind");
    }

    /**
     * Sends head and the start of a body, waits until the sandbox has spooled some of it (so the test
     * cannot pass before there is anything to clean up), then goes away: FIN, or RST when {@code reset}.
     */
    private void abortOnceSpooled(String head, byte[] partialBody, boolean reset) throws InterruptedException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(partialBody);
            out.flush();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (strays().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertFalse(strays().isEmpty(), "the upload never reached the spool");
            if (reset) {
                socket.setSoLinger(true, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Multipart startedUpload() {
        return new Multipart().field("name", "Spooled").field("type", "training").file("file", "rows.csv", ROWS);
    }

    @ParameterizedTest(name = "reset={0}")
    @ValueSource(booleans = {false, true})
    void aDirectUploadTheClientAbortsLeavesNoSpoolFile(boolean reset) throws InterruptedException {
        Multipart body = startedUpload();
        abortOnceSpooled(RawHttp.head("POST", UPLOAD, "Content-Type: " + body.contentType()
                + "\r\nContent-Length: 10000000\r\nAuthorization: " + SandboxAuth.header() + "\r\n"),
                body.unfinished(), reset);
        assertSpoolEmpties();
    }

    @Test
    void aChunkedDirectUploadTheClientAbortsLeavesNoSpoolFile() throws InterruptedException {
        Multipart body = startedUpload();
        byte[] part = body.unfinished();
        byte[] chunk = (Integer.toHexString(part.length) + "\r\n").getBytes();
        byte[] framed = new byte[chunk.length + part.length + 2];
        System.arraycopy(chunk, 0, framed, 0, chunk.length);
        System.arraycopy(part, 0, framed, chunk.length, part.length);
        framed[framed.length - 2] = '\r';
        framed[framed.length - 1] = '\n';
        abortOnceSpooled(RawHttp.head("POST", UPLOAD, "Content-Type: " + body.contentType()
                + "\r\nTransfer-Encoding: chunked\r\nAuthorization: " + SandboxAuth.header() + "\r\n"), framed, false);
        assertSpoolEmpties();
    }

    @Test
    void aDirectUploadWithoutItsClosingBoundaryLeavesNoSpoolFile() throws InterruptedException {
        byte[] unfinished = startedUpload().unfinished();
        Multipart body = startedUpload();
        RawHttp.Answer answer = RawHttp.exchange(RawHttp.head("POST", UPLOAD, "Content-Type: " + body.contentType()
                + "\r\nContent-Length: " + unfinished.length + "\r\nAuthorization: " + SandboxAuth.header() + "\r\n"),
                body.unfinished());
        assertEquals(400, answer.status(), answer::toString);
        assertSpoolEmpties();
    }

    @Test
    void aStoredUploadLeavesNoSpoolFile() throws InterruptedException {
        Multipart body = startedUpload();
        RawHttp.Answer answer = RawHttp.exchange(RawHttp.head("POST", UPLOAD, "Content-Type: " + body.contentType()
                + "\r\nContent-Length: " + body.bytes().length + "\r\nAuthorization: " + SandboxAuth.header() + "\r\n"),
                body.bytes());
        assertEquals(201, answer.status(), answer::toString);
        assertSpoolEmpties();
    }

    /** The browser goes away mid-file: the BFF resets its upload to the sandbox, whose spool must go too. */
    @ParameterizedTest(name = "reset={0}")
    @ValueSource(booleans = {false, true})
    void anUploadThroughTheBffTheBrowserAbortsLeavesNoSpoolFile(boolean reset) throws InterruptedException {
        Multipart body = startedUpload();
        abortOnceSpooled(RawHttp.head("POST", "/api/datasets", "Content-Type: " + body.contentType()
                + "\r\nContent-Length: 10000000\r\nX-Requested-With: slm-workbench\r\n"), body.unfinished(), reset);
        assertSpoolEmpties();
    }

    @Test
    void theSweepRemovesAnOldStrayAndKeepsAFreshOneAndFilesItDidNotSpool() throws IOException {
        Files.createDirectories(spool());
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        Path old = Files.createTempFile(spool(), "resteasy-reactive", "upload");
        Files.setLastModifiedTime(old, anHourAgo);
        Path fresh = Files.createTempFile(spool(), "resteasy-reactive", "upload");
        Path foreign = Files.createTempFile(spool(), "notes", ".txt");
        Files.setLastModifiedTime(foreign, anHourAgo);
        try {
            assertEquals(1, uploadSpool.sweep());
            assertFalse(Files.exists(old), "an old stray is removed");
            assertTrue(Files.exists(fresh), "a file written lately may belong to an upload on its way");
            assertTrue(Files.exists(foreign), "only spool files are the sweep's");
        } finally {
            Files.deleteIfExists(fresh);
            Files.deleteIfExists(foreign);
        }
    }

    @Test
    void theSweepSparesTheFileOfAnUploadInProgress() throws IOException, InterruptedException {
        Files.createDirectories(spool());
        Path old = Files.createTempFile(spool(), "resteasy-reactive", "upload");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Multipart body = startedUpload();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(RawHttp.head("POST", UPLOAD, "Content-Type: " + body.contentType()
                    + "\r\nContent-Length: 10000000\r\nAuthorization: " + SandboxAuth.header() + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body.unfinished());
            out.flush();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (strays().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            List<Path> inProgress = strays();
            assertEquals(1, inProgress.size(), "the upload's spool file");
            // Even told that nothing may be idle, the sweep keeps what an upload still on its way may own.
            uploadSpool.sweep(Duration.ZERO);
            assertTrue(Files.exists(inProgress.get(0)), "the live upload's file is kept");
            assertFalse(Files.exists(old), "an old stray still goes");
        }
        assertSpoolEmpties();
    }
}
