package dev.slmworkbench.training.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.testing.UpstreamTestBase;
import dev.slmworkbench.testing.WireMockUpstream;
import dev.slmworkbench.training.Dataset;
import dev.slmworkbench.training.DatasetDownload;
import dev.slmworkbench.training.DatasetSchema;
import dev.slmworkbench.training.FileSink;
import dev.slmworkbench.training.NewDataset;
import dev.slmworkbench.training.TrainingBackend;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The seam's file calls in its own neutral types, as a backend other than the contract and a
 * caller other than the browser routes use them: an upload from any {@code Flow.Publisher} and a
 * download into any {@link FileSink}, each with back-pressure and every byte in order. (The
 * browser routes take the short ways: their Vert.x streams cross the seam unwrapped.)
 */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class NeutralFilesTest extends UpstreamTestBase {

    @Inject
    TrainingBackend backend;

    @Test
    void aDownloadIntoASlowSinkGetsEveryByteInOrder() throws Exception {
        byte[] file = file(3 * 1024 * 1024 + 11);
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/n1/download"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody(file)));
        SlowSink sink = new SlowSink(-1);

        DatasetDownload download = backend.download("n1").await().atMost(Duration.ofSeconds(5));
        download.sendTo(sink).toCompletableFuture().get(20, TimeUnit.SECONDS);

        assertArrayEquals(file, sink.bytes.toByteArray());
        assertTrue(sink.ended, "the sink is ended once the file has ended");
        assertTrue(sink.heldBack.get() > 0, "the sink held the transfer back at least once");
    }

    @Test
    void aSinkThatGoesStopsTheTransferAndIsNotEnded() throws Exception {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/n2/download"))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody(file(2 * 1024 * 1024))));
        SlowSink sink = new SlowSink(1);

        DatasetDownload download = backend.download("n2").await().atMost(Duration.ofSeconds(5));
        CompletableFuture<Void> sent = download.sendTo(sink).toCompletableFuture();

        ExecutionException failed = assertThrows(ExecutionException.class, () -> sent.get(10, TimeUnit.SECONDS));
        assertEquals("the browser went", failed.getCause().getMessage());
        assertTrue(!sink.ended, "a broken transfer never ends the sink");
    }

    @Test
    void anUploadFromAnyPublisherSendsTheHeadThenEveryPiece() {
        upstream.stubFor(post(urlPathEqualTo("/v1/datasets/upload")).willReturn(okJson(
                "{\"id\":\"u1\",\"name\":\"qa\",\"type\":\"training\",\"format\":\"jsonl\",\"fileName\":\"qa.jsonl\"}")));
        List<ByteBuffer> pieces = new ArrayList<>();
        StringBuilder expected = new StringBuilder("{\"n\":0}\n");
        for (int i = 1; i <= 200; i++) {
            String line = "{\"n\":" + i + "}\n";
            expected.append(line);
            pieces.add(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
        }

        Dataset created = backend.upload(new NewDataset("qa", null, "training", "qa.jsonl"),
                        ByteBuffer.wrap("{\"n\":0}\n".getBytes(StandardCharsets.UTF_8)),
                        Multi.createFrom().iterable(pieces),
                        () -> new DatasetSchema("text", Map.of("text", "n"), 201L, 0L, null))
                .await().atMost(Duration.ofSeconds(10));

        assertEquals("u1", created.id());
        String body = upstream.findAll(postRequestedFor(urlPathEqualTo("/v1/datasets/upload"))).get(0).getBodyAsString();
        assertTrue(body.contains("filename=\"qa.jsonl\"\r\n"), body);
        assertTrue(body.contains("\r\n\r\n" + expected + "\r\n--"), "the head, then every piece in order");
        assertTrue(body.contains(expected + "\r\n--") && body.indexOf("name=\"schema\"") > body.indexOf(expected.toString()),
                "what the checks found follows the file: " + body.substring(body.length() - 300));
        assertTrue(body.contains("{\"kind\":\"text\",\"fields\":{\"text\":\"n\"},\"records\":201,\"skipped\":0}"), body);
    }

    @Test
    void anUploadWhosePublisherFailsNeverSendsAWholeBody() {
        upstream.stubFor(post(urlPathEqualTo("/v1/datasets/upload")).willReturn(okJson(
                "{\"id\":\"u2\",\"name\":\"qa\",\"type\":\"training\"}")));
        Multi<ByteBuffer> broken = Multi.createFrom().<ByteBuffer>emitter(emitter -> {
            emitter.emit(ByteBuffer.wrap("{\"n\":1}\n".getBytes(StandardCharsets.UTF_8)));
            emitter.fail(new IllegalStateException("the browser went"));
        });

        assertThrows(RuntimeException.class, () -> backend.upload(new NewDataset("qa", null, "training", "qa.jsonl"),
                ByteBuffer.wrap("{\"n\":0}\n".getBytes(StandardCharsets.UTF_8)), broken, () -> null)
                .await().atMost(Duration.ofSeconds(10)));
        // WireMock records only requests it read to the end: a reset one never shows.
        assertEquals(0, upstream.findAll(postRequestedFor(urlPathEqualTo("/v1/datasets/upload"))).size());
    }

    /** Holds the transfer back on every fourth piece (answers later, from another thread); may fail. */
    private static final class SlowSink implements FileSink {

        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final AtomicInteger heldBack = new AtomicInteger();
        final int failAfter;
        volatile boolean ended;
        private int pieces;

        SlowSink(int failAfter) {
            this.failAfter = failAfter;
        }

        @Override
        public synchronized CompletionStage<Void> write(ByteBuffer piece) {
            pieces++;
            if (failAfter >= 0 && pieces > failAfter) {
                return CompletableFuture.failedFuture(new IllegalStateException("the browser went"));
            }
            byte[] read = new byte[piece.remaining()];
            piece.get(read);
            bytes.write(read, 0, read.length);
            if (pieces % 4 != 0) {
                return CompletableFuture.completedFuture(null);
            }
            heldBack.incrementAndGet();
            return CompletableFuture.runAsync(() -> { },
                    CompletableFuture.delayedExecutor(2, TimeUnit.MILLISECONDS));
        }

        @Override
        public CompletionStage<Void> end() {
            ended = true;
            return CompletableFuture.completedFuture(null);
        }
    }

    private static byte[] file(int size) {
        byte[] file = new byte[size];
        for (int i = 0; i < size; i++) {
            file[i] = (byte) ('a' + (i * 7 + i / 26) % 26);
        }
        return file;
    }
}
