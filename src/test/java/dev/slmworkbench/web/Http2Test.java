package dev.slmworkbench.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.testing.Bodies;
import dev.slmworkbench.testing.LogCapture;
import dev.slmworkbench.testing.Multipart;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The app over HTTP/2 (cleartext, prior knowledge and upgrade from HTTP/1.1, as TLS with ALPN ends up
 * the same inside the server): pages, reads, JSON writes with and without a length, an upload and its
 * download, and the body limit, each answered as over HTTP/1.1 and without an error in the log.
 */
@QuarkusTest
class Http2Test {

    private static final String CSV = "prompt,response\r\nHello,Hi\r\nBye,Ciao\r\n";

    @Inject
    Vertx vertx;

    private HttpClient priorKnowledge;
    private HttpClient upgrade;
    private LogCapture logs;

    record Answer(int status, HttpVersion version, MultiMap headers, Buffer body, HttpConnection connection) {
        String text() {
            return body.toString(StandardCharsets.UTF_8);
        }

        JsonPath json() {
            return JsonPath.from(text());
        }
    }

    @BeforeEach
    void clients() {
        priorKnowledge = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
                .setHttp2ClearTextUpgrade(false).setDefaultHost("localhost").setDefaultPort(RestAssured.port));
        upgrade = vertx.createHttpClient(new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
                .setHttp2ClearTextUpgrade(true).setDefaultHost("localhost").setDefaultPort(RestAssured.port));
        logs = LogCapture.open();
    }

    @AfterEach
    void close() throws Exception {
        priorKnowledge.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        upgrade.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try {
            assertEquals(List.of(), logs.loud());
        } finally {
            logs.close();
        }
    }

    /** Sends one request; a null body is none at all, {@code chunked} leaves the length out. */
    private static Answer send(HttpClient client, HttpMethod method, String path, MultiMap headers, byte[] body,
            boolean chunked) throws Exception {
        return client.request(new RequestOptions().setMethod(method).setURI(path).setHeaders(headers))
                .compose(request -> {
                    if (body == null) {
                        return request.send();
                    }
                    if (chunked) {
                        request.setChunked(true);
                        int half = body.length / 2;
                        request.write(Buffer.buffer(Arrays.copyOfRange(body, 0, half)));
                        request.write(Buffer.buffer(Arrays.copyOfRange(body, half, body.length)));
                        request.end();
                        return request.response();
                    }
                    request.putHeader("Content-Length", Integer.toString(body.length));
                    return request.send(Buffer.buffer(body));
                })
                .compose((HttpClientResponse response) -> response.body()
                        .map(bytes -> new Answer(response.statusCode(), response.version(), response.headers(), bytes,
                                response.request().connection())))
                .toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    private static MultiMap headers(String... pairs) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.add(pairs[i], pairs[i + 1]);
        }
        return headers;
    }

    private static MultiMap writeHeaders(String contentType) {
        return headers(SameOriginGuard.HEADER, SameOriginGuard.HEADER_VALUE, "Content-Type", contentType);
    }

    private HttpClient client(boolean viaUpgrade) {
        return viaUpgrade ? upgrade : priorKnowledge;
    }

    @ParameterizedTest(name = "upgrade={0}")
    @ValueSource(booleans = {false, true})
    void readsAnswerOverHttp2(boolean viaUpgrade) throws Exception {
        for (String path : List.of("/api/config", "/api/datasets", "/api/dashboard", "/api/experiments?limit=5")) {
            Answer answer = send(client(viaUpgrade), HttpMethod.GET, path, headers(), null, false);
            assertEquals(200, answer.status(), () -> path + ": " + answer.text());
            assertEquals(HttpVersion.HTTP_2, answer.version());
            assertThat(answer.headers().get("Content-Type"), containsString("application/json"));
            assertEquals("nosniff", answer.headers().get("X-Content-Type-Options"));
        }
        Answer config = send(client(viaUpgrade), HttpMethod.GET, "/api/config", headers(), null, false);
        assertEquals(5000, config.json().getInt("pollIntervalMs"), config::text);
    }

    @Test
    void aPageAnswersAsOverHttp1() throws Exception {
        io.restassured.response.Response http1 = RestAssured.get("/datasets");
        Answer http2 = send(priorKnowledge, HttpMethod.GET, "/datasets", headers("Accept", "text/html"), null, false);
        assertEquals(http1.statusCode(), http2.status(), http2::text);
        assertEquals(http1.header("Content-Type"), http2.headers().get("Content-Type"));
        assertEquals(http1.header("Content-Security-Policy"), http2.headers().get("Content-Security-Policy"));
        assertTrue(http2.status() < 500, http2::text);
    }

    @ParameterizedTest(name = "chunked={0}")
    @ValueSource(booleans = {false, true})
    void aJsonWriteIsReadWhole(boolean chunked) throws Exception {
        byte[] draft = ("{\"name\":\"HTTP/2 run\",\"baseModelId\":\"smollm2-135m\",\"trainingDatasetId\":\"ds-seed-support\","
                + "\"evaluationDatasetId\":\"ds-seed-support-eval\",\"learningRate\":\"2e-5\",\"epochs\":60,\"batchSize\":8}")
                .getBytes(StandardCharsets.UTF_8);
        MultiMap headers = writeHeaders("application/json").add("Idempotency-Key", UUID.randomUUID().toString());
        Answer created = send(priorKnowledge, HttpMethod.POST, "/api/experiments", headers, draft, chunked);
        assertEquals(201, created.status(), created::text);
        assertEquals("HTTP/2 run", created.json().getString("name"));

        // A bodiless POST as well; cancelling also keeps the run from adding a model other tests would see.
        String id = created.json().getString("id");
        Answer cancelled = send(priorKnowledge, HttpMethod.POST, "/api/experiments/" + id + "/cancel",
                headers(SameOriginGuard.HEADER, SameOriginGuard.HEADER_VALUE), null, false);
        assertEquals(200, cancelled.status(), cancelled::text);
        assertEquals("cancelled", cancelled.json().getString("status"));
    }

    @ParameterizedTest(name = "chunked={0}")
    @ValueSource(booleans = {false, true})
    void anInvalidJsonWriteIsAProblemNotA500(boolean chunked) throws Exception {
        Answer answer = send(priorKnowledge, HttpMethod.POST, "/api/experiments",
                writeHeaders("application/json").add("Idempotency-Key", UUID.randomUUID().toString()),
                "{\"name\":".getBytes(StandardCharsets.UTF_8), chunked);
        assertEquals(400, answer.status(), answer::text);
        assertEquals("application/problem+json", answer.headers().get("Content-Type"));
        Bodies.assertNoLeak(answer.text());
    }

    @ParameterizedTest(name = "chunked={0}")
    @ValueSource(booleans = {false, true})
    void anUploadAndItsDownloadWork(boolean chunked) throws Exception {
        String name = "HTTP/2 upload " + UUID.randomUUID();
        Multipart form = new Multipart().field("name", name).field("type", "training")
                .file("file", "h2.csv", CSV.getBytes(StandardCharsets.UTF_8));
        Answer created = send(priorKnowledge, HttpMethod.POST, "/api/datasets", writeHeaders(form.contentType()),
                form.bytes(), chunked);
        assertEquals(201, created.status(), created::text);
        assertEquals(2, created.json().getInt("rowCount"));

        Answer download = send(priorKnowledge, HttpMethod.GET,
                "/api/datasets/" + created.json().getString("id") + "/download", headers(), null, false);
        assertEquals(200, download.status(), download::text);
        assertEquals(HttpVersion.HTTP_2, download.version());
        assertArrayEquals(CSV.getBytes(StandardCharsets.UTF_8), download.body().getBytes());
    }

    @ParameterizedTest(name = "chunked={0}")
    @ValueSource(booleans = {false, true})
    void anOversizedBodyIsRefusedWith413(boolean chunked) throws Exception {
        byte[] big = new byte[2 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        Answer answer = send(priorKnowledge, HttpMethod.POST, "/api/experiments", writeHeaders("application/json"),
                big, chunked);
        assertEquals(413, answer.status(), answer::text);
        assertEquals("application/problem+json", answer.headers().get("Content-Type"));
        assertThat(answer.json().getString("detail"), containsString("1 MiB"));

        // The refusal ended the stream, not the connection: the next request on it is answered.
        Answer after = send(priorKnowledge, HttpMethod.GET, "/api/config", headers(), null, false);
        assertEquals(200, after.status(), after::text);
        assertSame(answer.connection(), after.connection());
    }

    @Test
    void aRefusedUploadResetsItsStreamNotTheConnection() throws Exception {
        byte[] rows = new byte[4 * 1024 * 1024];
        Arrays.fill(rows, (byte) 'a');
        Multipart form = new Multipart().field("name", "Wrong kind").field("type", "training").file("file", "rows.exe", rows);
        Answer refused = send(priorKnowledge, HttpMethod.POST, "/api/datasets", writeHeaders(form.contentType()),
                form.bytes(), true);
        assertEquals(400, refused.status(), refused::text);
        assertThat(refused.text(), containsString(".csv, .json or .jsonl"));

        Answer after = send(priorKnowledge, HttpMethod.GET, "/api/config", headers(), null, false);
        assertEquals(200, after.status(), after::text);
        assertSame(refused.connection(), after.connection());
    }

    @Test
    void anotherHostIsRefusedWithAValidHttp2Answer() throws Exception {
        Answer answer = priorKnowledge.request(new RequestOptions().setMethod(HttpMethod.GET).setURI("/api/config")
                        .setServer(io.vertx.core.net.SocketAddress.inetSocketAddress(RestAssured.port, "localhost"))
                        .setHost("rebound.example").setPort(RestAssured.port))
                .compose(request -> request.send())
                .compose(response -> response.body().map(bytes -> new Answer(response.statusCode(), response.version(),
                        response.headers(), bytes, response.request().connection())))
                .toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        assertEquals(421, answer.status(), answer::text);
        assertEquals("application/problem+json", answer.headers().get("Content-Type"));
    }
}
