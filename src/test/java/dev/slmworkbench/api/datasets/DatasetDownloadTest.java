package dev.slmworkbench.api.datasets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.slmworkbench.testing.SecurityHeaders;
import dev.slmworkbench.testing.UpstreamTestBase;
import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /api/datasets/{id}/download}: the upstream's bytes and type, our file name, safely. */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class DatasetDownloadTest extends UpstreamTestBase {

    @Inject
    ObjectMapper json;

    @TestHTTPResource("/api/datasets/")
    URL datasets;

    private void stubDataset(String id, String fileName) throws IOException {
        String body = json.writeValueAsString(Map.of("id", id, "name", "Set " + id, "type", "training",
                "format", "csv", "fileName", fileName, "sizeBytes", 10, "rowCount", 1,
                "createdAt", "2026-11-01T00:00:00Z"));
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/" + id)).willReturn(okJson(body)));
    }

    @Test
    void theBytesAndTheUpstreamsTypeComeThroughWithOurFileName() throws IOException {
        stubDataset("d1", "support chats.csv");
        byte[] file = new byte[3 * 1024 * 1024];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) ('a' + i % 26);
        }
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d1/download")).willReturn(aResponse()
                .withHeader("Content-Type", "text/csv; charset=utf-8")
                .withHeader("Content-Disposition", "attachment; filename=\"upstream-name.csv\"")
                .withHeader("Content-Length", Integer.toString(file.length))
                .withBody(file)));

        byte[] body = SecurityHeaders.assertPresent(given().when().get("/api/datasets/d1/download").then()
                        .statusCode(200)
                        .header("Content-Type", "text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"support chats.csv\"")
                        .header("Content-Length", Integer.toString(file.length)))
                .extract().asByteArray();

        assertArrayEquals(file, body);
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/datasets/d1/download"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "Bearer " + WireMockUpstream.TOKEN)));
    }

    @Test
    void downloadsOneAfterAnotherEachComeWholeWithOrWithoutALength() {
        // Small files arrive with their end in the first read, larger ones over many: both ways
        // must leave the upstream connection ready for the next download.
        for (int size : new int[] {1, 2_000, 600_000, 3, 1_500_000, 0, 40}) {
            String id = "s" + size;
            byte[] file = new byte[size];
            for (int i = 0; i < size; i++) {
                file[i] = (byte) ('0' + (i + size) % 10);
            }
            boolean chunked = size % 2 == 0;
            upstream.stubFor(get(urlPathEqualTo("/v1/datasets/" + id)).willReturn(okJson(
                    "{\"id\":\"" + id + "\",\"name\":\"n\",\"type\":\"training\",\"format\":\"csv\","
                            + "\"fileName\":\"f.csv\",\"sizeBytes\":" + size + ",\"rowCount\":1}")));
            var answer = aResponse().withHeader("Content-Type", "text/csv").withBody(file);
            upstream.stubFor(get(urlPathEqualTo("/v1/datasets/" + id + "/download"))
                    .willReturn(chunked ? answer.withChunkedDribbleDelay(Math.max(1, Math.min(size, 8)), 30) : answer));

            byte[] body = given().when().get("/api/datasets/" + id + "/download").then().statusCode(200)
                    .extract().asByteArray();
            assertArrayEquals(file, body, (chunked ? "chunked, " : "with a length, ") + size + " bytes");
        }
    }

    @Test
    void aHostileFileNameCannotBreakOutOfTheHeader() throws Exception {
        stubDataset("d2", "évil\"; filename=x.exe\r\nSet-Cookie: a=b; données%20.csv");
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d2/download")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html <script>").withBody("a\n1\n")));

        HttpResponse<byte[]> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(datasets + "d2/download")).build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, response.statusCode());
        // The ASCII name keeps no quote, backslash, semicolon, percent or line break; the exact name is RFC 6266's.
        assertEquals("attachment; filename=\"_vil__ filename=x.exeSet-Cookie: a=b_ donn_es_20.csv\"; "
                        + "filename*=UTF-8''%C3%A9vil%22%3B%20filename%3Dx.exeSet-Cookie%3A%20a%3Db%3B%20donn%C3%A9es%2520.csv",
                response.headers().firstValue("Content-Disposition").orElse(null));
        assertEquals(1, response.headers().allValues("Content-Disposition").size());
        assertFalse(response.headers().firstValue("Set-Cookie").isPresent());
        // The dataset is a CSV: its type is the format's, never the upstream's.
        assertEquals("text/csv; charset=utf-8", response.headers().firstValue("Content-Type").orElse(null));
        assertArrayEquals("a\n1\n".getBytes(StandardCharsets.UTF_8), response.body());
    }

    @Test
    void withoutAFileNameTheDatasetsNameIsUsed() throws IOException {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d3")).willReturn(okJson(
                "{\"id\":\"d3\",\"name\":\"Évaluation set\",\"type\":\"evaluation\",\"format\":\"jsonl\"}")));
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d3/download")).willReturn(aResponse()
                .withHeader("Content-Type", "application/x-ndjson").withBody("{}\n")));

        given().when().get("/api/datasets/d3/download").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"_valuation set.jsonl\"; "
                        + "filename*=UTF-8''%C3%89valuation%20set.jsonl");
    }

    @Test
    void aDatasetThatIsNotThereIs404AndNoFileIsAskedFor() {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/gone")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Not found\",\"status\":404,\"detail\":\"No dataset 'gone'.\"}")));

        DatasetResourceTest.assertProblem(given().when().get("/api/datasets/gone/download"), 404, "Not found")
                .then().body("detail", equalTo("No dataset 'gone'."));
        upstream.verify(0, getRequestedFor(urlPathEqualTo("/v1/datasets/gone/download")));

        DatasetResourceTest.assertProblem(given().when().get("/api/datasets/a%20b/download"), 400, "Invalid request");
    }

    @Test
    void upstreamFailuresBeforeTheFirstByteAreProblems() throws IOException {
        stubDataset("d4", "d4.csv");
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d4/download")).willReturn(aResponse().withStatus(503)));
        DatasetResourceTest.assertProblem(given().when().get("/api/datasets/d4/download"), 502, "Training API error");
        upstream.verify(3, getRequestedFor(urlPathEqualTo("/v1/datasets/d4/download")));

        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d4/download"))
                .willReturn(aResponse().withBody("a\n").withFixedDelay(3000)));
        DatasetResourceTest.assertProblem(given().when().get("/api/datasets/d4/download"), 504,
                "Training API timed out");

        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d4/download"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        DatasetResourceTest.assertProblem(given().when().get("/api/datasets/d4/download"), 502, "Training API error");

        upstream.stop();
        try {
            DatasetResourceTest.assertProblem(given().when().get("/api/datasets/d4/download"), 503,
                    "Training API unavailable");
        } finally {
            upstream.start();
        }
    }

    @Test
    void aTransferThatBreaksOffLooksBrokenNotShorter() throws IOException {
        stubDataset("d5", "d5.csv");
        // The upstream starts a chunked answer, then sends garbage and drops the connection.
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d5/download")).willReturn(aResponse()
                .withHeader("Content-Type", "text/csv").withHeader("Content-Length", "1048576")
                .withChunkedDribbleDelay(2, 200).withBody(new byte[4096]).withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(datasets + "d5/download")).build();
        assertThrows(IOException.class, () -> client.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    @Test
    void theTypeIsTheDatasetFormatsNotTheUpstreams() {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d6")).willReturn(okJson("{\"id\":\"d6\",\"fileName\":\"x.csv\"}")));
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d6/download")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html").withBody("a\n")));
        given().when().get("/api/datasets/d6/download").then().statusCode(200)
                .header("Content-Type", "text/csv; charset=utf-8")
                .body(equalTo("a\n"));

        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d7")).willReturn(okJson(
                "{\"id\":\"d7\",\"format\":\"json\",\"fileName\":\"x\"}")));
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d7/download")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html").withBody("[]")));
        given().when().get("/api/datasets/d7/download").then().statusCode(200)
                .header("Content-Type", "application/json");

        // Neither a format nor a known extension: bytes.
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d8")).willReturn(okJson("{\"id\":\"d8\",\"fileName\":\"x.bin\"}")));
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d8/download")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html").withBody("a\n")));
        given().when().get("/api/datasets/d8/download").then().statusCode(200)
                .header("Content-Type", "application/octet-stream");
    }

    @Test
    void aCompressedFileIsPassedOnCompressedAndSaysSo() throws IOException {
        stubDataset("d9", "d9.csv");
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        }
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d9/download")).willReturn(aResponse()
                .withHeader("Content-Type", "text/csv").withHeader("Content-Encoding", "GZIP")
                .withBody(zipped.toByteArray())));
        // A browser inflates it as it saves it; REST Assured does the same.
        given().when().get("/api/datasets/d9/download").then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .body(equalTo("a,b\n1,2\n"));

        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/d9/download")).willReturn(aResponse()
                .withHeader("Content-Type", "text/csv").withHeader("Content-Encoding", "x-secret").withBody("zz")));
        DatasetResourceTest.assertProblem(given().when().get("/api/datasets/d9/download"), 502,
                "Unexpected answer from the Training API");
    }
}
