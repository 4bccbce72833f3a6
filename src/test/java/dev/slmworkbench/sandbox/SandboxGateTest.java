package dev.slmworkbench.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.testing.Bodies;
import dev.slmworkbench.testing.SandboxAuth;
import dev.slmworkbench.testing.SecurityHeaders;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox answers only the caller holding its token, refuses before reading a body, and speaks problem JSON. */
@QuarkusTest
class SandboxGateTest {

    private static final String EVIL = "http://evil.example";

    @TestHTTPResource("/")
    URL base;

    private static RequestSpecification crossSite() {
        return given().header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site");
    }

    /**
     * The gate answers 401 before reading a body and closes the connection, so a client still
     * sending its upload may see the connection cut (broken pipe) instead of the answer. Either is
     * a refusal; that nothing was stored is checked by the caller.
     */
    private static void refusedOrCut(Runnable upload) {
        try {
            upload.run();
        } catch (Exception e) { // REST Assured throws the client's IOExceptions unchecked
            Throwable cause = e;
            while (cause != null && !(cause instanceof java.net.SocketException)) {
                cause = cause.getCause();
            }
            if (cause == null) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        }
    }

    private static int total(String collection) {
        return SandboxAuth.given().queryParam("limit", 1).when().get("/sandbox/v1/" + collection)
                .then().statusCode(200).extract().path("total");
    }

    private static long storedFiles() throws IOException {
        Path files = Path.of(ConfigProvider.getConfig().getValue("sandbox.data-dir", String.class), "files");
        try (Stream<Path> list = Files.list(files)) {
            return list.count();
        }
    }

    @Test
    void withoutTheTokenEveryRequestIs401ProblemJson() {
        String body = SecurityHeaders.assertPresent(given().when().get("/sandbox/v1/datasets").then())
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Sandbox token required"))
                .body("detail", containsString("Authorization: Bearer"))
                .extract().asString();
        Bodies.assertNoLeak(body);
        given().header("Authorization", "Bearer not-the-token").when().get("/sandbox/v1/models/smollm2-135m")
                .then().statusCode(401).header("WWW-Authenticate", containsString("invalid_token"));
        given().header("Authorization", SandboxAuth.header() + "x").when().get("/sandbox/v1/models")
                .then().statusCode(401);
        given().header("Authorization", "Basic " + SandboxAuth.token()).when().get("/sandbox/v1/models")
                .then().statusCode(401);
        given().header("Authorization", "bearer  " + SandboxAuth.token()).when().get("/sandbox/v1/models")
                .then().statusCode(200);
    }

    @Test
    void crossSiteAndTokenlessWritesStoreNothing() throws IOException {
        String queued = SandboxAuth.given().contentType(ContentType.JSON)
                .body(Map.of("name", "Gate target", "baseModelId", "smollm2-135m",
                        "trainingDatasetId", "ds-seed-support", "evaluationDatasetId", "ds-seed-support-eval",
                        "config", Map.of("learningRate", 0.0002, "epochs", 1, "batchSize", 8)))
                .when().post("/sandbox/v1/experiments").then().statusCode(201).extract().path("id");
        int datasets = total("datasets");
        int experiments = total("experiments");
        long files = storedFiles();

        refusedOrCut(() -> crossSite().multiPart("name", "Evil").multiPart("type", "training")
                .multiPart("file", "evil.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/sandbox/v1/datasets/upload").then().statusCode(401));
        crossSite().contentType(ContentType.TEXT)
                .body("{\"name\":\"Evil\",\"baseModelId\":\"smollm2-135m\",\"trainingDatasetId\":\"ds-seed-support\","
                        + "\"evaluationDatasetId\":\"ds-seed-support-eval\","
                        + "\"config\":{\"learningRate\":0.0002,\"epochs\":1,\"batchSize\":8}}")
                .when().post("/sandbox/v1/experiments").then().statusCode(401);
        crossSite().when().post("/sandbox/v1/experiments/" + queued + "/cancel").then().statusCode(401);

        assertEquals(datasets, total("datasets"));
        assertEquals(experiments, total("experiments"));
        assertEquals(files, storedFiles());
        SandboxAuth.given().when().get("/sandbox/v1/experiments/" + queued)
                .then().statusCode(200).body("statusHistory.status", not(hasItem("cancelled")));
        // Clean up (the 2 s run may have finished meanwhile)
        SandboxAuth.given().when().post("/sandbox/v1/experiments/" + queued + "/cancel")
                .then().statusCode(anyOf(equalTo(200), equalTo(409)));
    }

    @Test
    void aTokenlessUploadIsRefusedBeforeItsBodyIsRead() throws IOException {
        int datasets = total("datasets");
        long files = storedFiles();
        int declared = 2 * 1024 * 1024;
        long started = System.nanoTime();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /sandbox/v1/datasets/upload HTTP/1.1\r\n"
                    + "Host: localhost:" + base.getPort() + "\r\n"
                    + "Origin: " + EVIL + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\n"
                    + "Content-Length: " + declared + "\r\n\r\n"
                    + "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            // Only a part of the 2 MB is sent: a server that waited for the body would answer nothing
            out.write(new byte[32 * 1024]);
            out.flush();
            String answer = readSome(socket.getInputStream());
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
            assertTrue(answer.toLowerCase().contains("connection: close"), answer);
            assertTrue(tookMs < 5_000, "answered after " + tookMs + " ms");
        }
        assertEquals(datasets, total("datasets"));
        assertEquals(files, storedFiles());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sandbox", "/sandbox/", "/sandbox/v1", "/sandbox/v1/nope", "/sandbox/v2/datasets",
        "/sandbox/v1/datasets/ds-seed-support/rows"})
    void unknownPathsAre404ProblemJson(String path) {
        SandboxAuth.given().when().get(path)
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString("sandbox"));
        given().when().get(path).then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /sandbox/v1/datasets/.", "GET /sandbox/v1/datasets/..",
        "GET /sandbox/v1/datasets/%2e%2e/download", "GET /sandbox/v1/datasets/%2E/download",
        "POST /sandbox/v1/experiments/./cancel", "POST /sandbox/v1/experiments/../cancel",
        "GET /sandbox/v1/models/...", "GET /sandbox/v1/evaluations/.;x=1", "GET /sandbox/v1/experiments/.."})
    void idsMadeOfDotsAre404Problems(String request) throws IOException {
        String answer = raw(request, SandboxAuth.header());
        assertTrue(answer.startsWith("HTTP/1.1 404"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
    }

    /** Spellings that normalize to a sandbox path still need the token. */
    @ParameterizedTest
    @ValueSource(strings = {"//sandbox/v1/datasets", "/%73andbox/v1/datasets", "/x/../sandbox/v1/datasets",
        "/sandbox;a=1/v1/datasets", "/sandbox/v1/./datasets", "/sandbox%2Fv1%2Fdatasets", "/SANDBOX/v1/datasets",
        "/./sandbox/v1/datasets"})
    void otherSpellingsOfTheSandboxNeedTheTokenToo(String path) throws IOException {
        String answer = raw("GET " + path, null);
        assertTrue(answer.startsWith("HTTP/1.1 401") || answer.startsWith("HTTP/1.1 404"), answer);
        assertTrue(!answer.contains("\"items\""), answer);
    }

    /** One request exactly as written (no client-side path clean-up), answered in full. */
    private String raw(String requestLine, String authorization) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String head = requestLine + " HTTP/1.1\r\nHost: localhost:" + base.getPort() + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                    + (requestLine.startsWith("POST") ? "Content-Length: 0\r\n" : "")
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What the server sends until it closes the connection (or stops sending for a while). */
    private static String readSome(InputStream in) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                got.write(buf, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException stopped) {
            // A reset after the answer is a close too
        }
        return got.toString(StandardCharsets.UTF_8);
    }
}
