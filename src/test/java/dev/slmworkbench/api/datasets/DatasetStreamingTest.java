package dev.slmworkbench.api.datasets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.testing.CountingUpstream;
import dev.slmworkbench.training.contract.DownloadRelay;
import dev.slmworkbench.training.contract.TrainingFiles;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Bytes move only as fast as the slower side takes them, and stop moving when nobody wants them:
 * seen from an upstream that counts what it sends and receives.
 */
@QuarkusTest
@WithTestResource(CountingUpstream.class)
class DatasetStreamingTest {

    private static final long MIB = 1024 * 1024;
    private static final String HEADER = "n,text\n";
    /** Far more than every socket buffer and queue between the two ends can hold. */
    private static final long IN_FLIGHT_AT_MOST = 64 * MIB;

    @TestHTTPResource("/")
    URL server;

    @Inject
    TrainingFiles files;

    @Test
    void aPreviewStopsReadingOnceItHasItsRecords() throws Exception {
        CountingUpstream.trickle.reset();

        // A first call in a fresh app builds its clients; that is not what is measured here.
        given().when().get("/api/datasets/trickle").then().statusCode(200);
        long started = System.nanoTime();
        given().when().get("/api/datasets/trickle/preview").then().statusCode(200)
                .body("columns", hasSize(2))
                .body("rows", hasSize(20))
                .body("truncated", equalTo(true));

        // The upstream would go on for minutes, and reach 1 MiB in three seconds; it sees the transfer dropped instead.
        assertThat((System.nanoTime() - started) / 1_000_000, lessThan(5_000L));
        assertTrue(CountingUpstream.trickle.awaitOver(5), "the upstream still sends");
        assertTrue(CountingUpstream.trickle.broken);
        assertThat(CountingUpstream.trickle.bytes.get(), lessThan(MIB));
    }

    @Test
    void aDownloadMovesOnlyAsFastAsTheBrowserReadsAndStopsWhenItLeaves() throws Exception {
        downloadHugeAndStopReading();
    }

    @Test
    void withPipeADownloadAlsoMovesOnlyAsFastAsTheBrowserReads() throws Exception {
        DownloadRelay before = files.downloadRelay();
        files.downloadRelay(DownloadRelay.PIPE);
        try {
            downloadHugeAndStopReading();
        } finally {
            files.downloadRelay(before);
        }
    }

    private void downloadHugeAndStopReading() throws Exception {
        CountingUpstream.huge.reset();
        try (Socket browser = new Socket(server.getHost(), server.getPort())) {
            browser.getOutputStream().write(("GET /api/datasets/huge/download HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String head = new String(browser.getInputStream().readNBytes(512), StandardCharsets.ISO_8859_1)
                    .toLowerCase(java.util.Locale.ROOT);
            assertThat(head, containsString("200 ok"));
            assertThat(head, containsString("content-length: " + CountingUpstream.HUGE_BYTES));

            // The browser stops reading: the upstream must stall too, not be read into memory.
            Thread.sleep(3000);
            assertThat(CountingUpstream.huge.bytes.get(), lessThan(IN_FLIGHT_AT_MOST));
        }
        assertTrue(CountingUpstream.huge.awaitOver(5), "the upstream still sends after the browser left");
        assertTrue(CountingUpstream.huge.broken);
    }

    @Test
    void anUploadMovesOnlyAsFastAsTheTrainingApiReads() throws Exception {
        CountingUpstream.upload.reset();
        CountingUpstream.uploadGate = new CountDownLatch(1);
        long fileBytes = 200 * MIB;
        String boundary = "streaming-test";
        byte[] before = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nBig\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\ntraining\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n"
                + HEADER).getBytes(StandardCharsets.UTF_8);
        byte[] after = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] rows = CountingUpstream.rows(64 * 1024);
        long length = before.length + (fileBytes - HEADER.length()) + after.length;
        AtomicLong written = new AtomicLong();

        try (Socket browser = new Socket(server.getHost(), server.getPort())) {
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    OutputStream out = browser.getOutputStream();
                    out.write(("POST /api/datasets HTTP/1.1\r\nHost: localhost\r\nX-Requested-With: slm-workbench\r\n"
                            + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: "
                            + length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(before);
                    for (long sent = HEADER.length(); sent < fileBytes; sent += rows.length) {
                        int n = (int) Math.min(rows.length, fileBytes - sent);
                        out.write(rows, 0, n);
                        written.addAndGet(n);
                    }
                    out.write(after);
                    out.flush();
                    return readAnswer(browser.getInputStream());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });

            // The Training API reads nothing for three seconds: the browser must be held back meanwhile.
            Thread.sleep(3000);
            assertThat(written.get(), lessThan(IN_FLIGHT_AT_MOST));
            CountingUpstream.uploadGate.countDown();

            String response = answer.get(60, TimeUnit.SECONDS);
            assertThat(response, containsString("201 Created"));
            assertThat(response, containsString("\"id\":\"up1\""));
        }
        assertTrue(CountingUpstream.upload.complete);
        assertThat(CountingUpstream.upload.bytes.get(), greaterThan(fileBytes));
    }

    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[4096];
        int n;
        while (!text.toString().contains("}") && (n = in.read(buffer)) > 0) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
