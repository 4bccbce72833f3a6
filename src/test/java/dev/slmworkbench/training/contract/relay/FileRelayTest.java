package dev.slmworkbench.training.contract.relay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.testing.UpstreamTestBase;
import dev.slmworkbench.testing.WireMockUpstream;
import io.netty.buffer.ByteBuf;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A file relayed to a browser is read in large pieces from {@link FileRelay#FILE_BUFFERS}, which
 * are kept for the next one once written. Which downloads take the relay, and the {@code pipe}
 * way without it: {@code DownloadRelayTest}.
 */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class FileRelayTest extends UpstreamTestBase {

    @Test
    void aDownloadThroughTheRouteComesWholeReadInLargePiecesThatAreGivenBack() throws Exception {
        byte[] file = new byte[5 * 1024 * 1024 + 17];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) ('a' + (i * 7 + i / 26) % 26);
        }
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/r5/download")).willReturn(aResponse()
                .withHeader("Content-Type", "text/csv").withBody(file)));
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/r5")).willReturn(okJson(
                "{\"id\":\"r5\",\"name\":\"n\",\"type\":\"training\",\"format\":\"csv\",\"fileName\":\"r5.csv\"}")));
        // Earlier downloads left spares: hold them, so that any spare after this one is its own.
        List<ByteBuf> earlier = new ArrayList<>();
        while (FileRelay.FILE_BUFFERS.spares() > 0) {
            earlier.add(FileRelay.FILE_BUFFERS.ioBuffer(FileReads.RELAYED));
        }
        try {
            byte[] body = given().when().get("/api/datasets/r5/download").then().statusCode(200).extract().asByteArray();

            assertArrayEquals(file, body);
            // Only reads of FileReads.RELAYED bytes are kept once written, for the next relayed download.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (FileRelay.FILE_BUFFERS.spares() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(FileRelay.FILE_BUFFERS.spares() > 0, "the relay did not read 1 MiB at a time, or kept its buffers");
        } finally {
            earlier.forEach(ByteBuf::release);
        }
    }
}
