package dev.slmworkbench.training.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.testing.UpstreamTestBase;
import dev.slmworkbench.testing.WireMockUpstream;
import dev.slmworkbench.training.FileHead;
import dev.slmworkbench.training.UpstreamException;
import dev.slmworkbench.training.contract.relay.FileRelay;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With {@code training-api.download-relay=direct} (the default) a download meant for a browser is
 * relayed past Vert.x ({@link FileRelay}); when it is read here instead, the pieces the relay kept
 * come first and nothing is lost. With {@code pipe} no relay is put in and Vert.x pipes the bytes.
 * The route's own tests ({@code DatasetDownloadTest}, {@code DatasetStreamingTest}) cover bytes,
 * back-pressure and broken transfers on the relayed way, and back-pressure on the piped one.
 */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class DownloadRelayTest extends UpstreamTestBase {

    @Inject
    TrainingFiles files;

    @Test
    void aDownloadForABrowserSkipsVertxAndAPreviewDoesNot() {
        byte[] file = file(3 * 1024 * 1024);
        stubFile("r1", file);

        Download download = files.download("r1").await().atMost(Duration.ofSeconds(5));
        try {
            assertTrue(download.relayed(), "a plain HTTP/1.1 upstream connection gets the relay");
        } finally {
            download.cancel();
        }
        FileHead head = files.head("r1", 100, piece -> false).await().atMost(Duration.ofSeconds(5));
        byte[] read = new byte[head.bytes().remaining()];
        head.bytes().duplicate().get(read);
        assertArrayEquals(java.util.Arrays.copyOf(file, 100), read);
    }

    @Test
    void readingARelayedDownloadHereGetsEveryByteInOrder() throws Exception {
        for (int size : new int[] {0, 5, 70_000, 3 * 1024 * 1024}) {
            byte[] file = file(size);
            stubFile("r2", file);
            Download download = files.download("r2").await().atMost(Duration.ofSeconds(5));
            assertTrue(download.relayed());
            assertArrayEquals(file, readAll(download.body()), "a file of " + size + " bytes");
        }
    }

    @Test
    void aRefusalStillReadsAsAProblemAndTheConnectionServesTheNextDownload() throws Exception {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/r3/download"))
                .willReturn(aResponse().withStatus(404).withBody("{\"title\":\"Not found\"}")));
        UpstreamException refused = org.junit.jupiter.api.Assertions.assertThrows(UpstreamException.class,
                () -> files.download("r3").await().atMost(Duration.ofSeconds(5)));
        assertFalse(refused.problem().status() / 100 == 2);

        byte[] file = file(12_345);
        stubFile("r4", file);
        Download download = files.download("r4").await().atMost(Duration.ofSeconds(5));
        assertArrayEquals(file, readAll(download.body()));
    }

    @Test
    void withPipeNothingIsRelayedAndEveryByteArrivesReadHereOrThroughTheRoute() throws Exception {
        DownloadRelay before = files.downloadRelay();
        files.downloadRelay(DownloadRelay.PIPE);
        try {
            stubFile("p1", file(5));
            Download opened = files.download("p1").await().atMost(Duration.ofSeconds(5));
            try {
                assertFalse(opened.relayed(), "pipe never puts the relay into a connection");
            } finally {
                opened.cancel();
            }
            // Read the way a browser does, through the route: the body is taken on its own event loop
            // (a test thread that takes it later can find a short answer ended already).
            upstream.stubFor(get(urlPathEqualTo("/v1/datasets/p1")).willReturn(okJson(
                    "{\"id\":\"p1\",\"name\":\"n\",\"type\":\"training\",\"format\":\"csv\",\"fileName\":\"p1.csv\"}")));
            for (int size : new int[] {0, 5, 70_000, 3 * 1024 * 1024}) {
                byte[] file = file(size);
                stubFile("p1", file);
                byte[] body = given().when().get("/api/datasets/p1/download").then().statusCode(200)
                        .extract().asByteArray();
                assertArrayEquals(file, body, "a file of " + size + " bytes");
            }

            byte[] file = file(5 * 1024 * 1024 + 17);
            stubFile("p2", file);
            upstream.stubFor(get(urlPathEqualTo("/v1/datasets/p2")).willReturn(okJson(
                    "{\"id\":\"p2\",\"name\":\"n\",\"type\":\"training\",\"format\":\"csv\",\"fileName\":\"p2.csv\"}")));
            byte[] body = given().when().get("/api/datasets/p2/download").then().statusCode(200)
                    .extract().asByteArray();
            assertArrayEquals(file, body);
        } finally {
            files.downloadRelay(before);
        }
        Download download = files.download("p1").await().atMost(Duration.ofSeconds(5));
        try {
            assertTrue(download.relayed(), "switched back, downloads take the relay again");
        } finally {
            download.cancel();
        }
    }

    private void stubFile(String id, byte[] file) {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/" + id + "/download")).willReturn(aResponse()
                .withHeader("Content-Type", "text/csv").withBody(file)));
    }

    private static byte[] readAll(ReadStream<Buffer> body) throws Exception {
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        Buffer bytes = Buffer.buffer();
        body.handler(bytes::appendBuffer);
        body.exceptionHandler(done::completeExceptionally);
        body.endHandler(ignored -> done.complete(bytes.getBytes()));
        body.resume();
        return done.get(10, TimeUnit.SECONDS);
    }

    private static byte[] file(int size) {
        byte[] file = new byte[size];
        for (int i = 0; i < size; i++) {
            file[i] = (byte) ('a' + (i * 7 + i / 26) % 26);
        }
        return file;
    }
}
