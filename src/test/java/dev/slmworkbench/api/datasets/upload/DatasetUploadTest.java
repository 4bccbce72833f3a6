package dev.slmworkbench.api.datasets.upload;

import dev.slmworkbench.web.SameOriginGuard;
import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import dev.slmworkbench.testing.Bodies;
import dev.slmworkbench.testing.Multipart;
import dev.slmworkbench.testing.UpstreamTestBase;
import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /api/datasets}: streamed to the Training API, checked on its first bytes, nothing left behind when refused. */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class DatasetUploadTest extends UpstreamTestBase {

    private static final String UPLOAD = "/v1/datasets/upload";
    private static final String CREATED = """
            {"id":"ds-new","name":"Support chats","description":"Two rows","type":"training","format":"csv",
             "fileName":"chats.csv","sizeBytes":24,"rowCount":2,"createdAt":"2026-11-29T10:00:00Z"}""";
    private static final byte[] CSV = "prompt,response\n\"Hi, you\",Hello\nBye,Ciao\n".getBytes(StandardCharsets.UTF_8);

    @TestHTTPResource("/api/datasets")
    URL endpoint;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private void upstreamCreates() {
        upstream.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CREATED)));
    }

    private static Multipart form(String fileName, byte[] content) {
        return new Multipart().field("name", "Support chats").field("description", "Two rows")
                .field("type", "training").file("file", fileName, content);
    }

    private HttpResponse<String> send(Multipart form) {
        return send(form.contentType(), HttpRequest.BodyPublishers.ofByteArray(form.bytes()), true);
    }

    /** Without a Content-Length: the body is sent chunked, as a stream of unknown size. */
    private HttpResponse<String> sendChunked(Multipart form) {
        byte[] bytes = form.bytes();
        return send(form.contentType(), HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
                true);
    }

    private HttpResponse<String> send(String contentType, HttpRequest.BodyPublisher body, boolean fromTheApp) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.toString()))
                .header("Content-Type", contentType).POST(body);
        if (fromTheApp) {
            request.header(SameOriginGuard.HEADER, SameOriginGuard.HEADER_VALUE);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response::body);
        assertThat(response.headers().firstValue("Content-Type").orElse(""), startsWith("application/problem+json"));
        Bodies.assertNoLeak(response.body());
        JsonPath json = JsonPath.from(response.body());
        assertEquals(status, json.getInt("status"));
        return json;
    }

    private static StringValuePattern is(String value) {
        return com.github.tomakehurst.wiremock.client.WireMock.equalTo(value);
    }

    // --- accepted ---------------------------------------------------------------------------------

    @Test
    void theFieldsAndTheFileReachTheTrainingApiAndItsDatasetComesBack() {
        upstreamCreates();

        HttpResponse<String> response = send(form("chats.csv", CSV));

        assertEquals(201, response.statusCode(), response.body());
        assertEquals("/api/datasets/ds-new", response.headers().firstValue("Location").orElse(null));
        JsonPath created = JsonPath.from(response.body());
        assertEquals("ds-new", created.getString("id"));
        assertEquals(2, created.getInt("rowCount"));
        upstream.verify(1, postRequestedFor(urlPathEqualTo(UPLOAD))
                .withHeader("Authorization", is("Bearer " + WireMockUpstream.TOKEN))
                .withHeader("Content-Type", containingMultipart())
                .withAnyRequestBodyPart(aMultipart().withName("name").withBody(is("Support chats")))
                .withAnyRequestBodyPart(aMultipart().withName("description").withBody(is("Two rows")))
                .withAnyRequestBodyPart(aMultipart().withName("type").withBody(is("training")))
                .withAnyRequestBodyPart(aMultipart().withName("file")
                        .withHeader("Content-Disposition", containing("filename=\"chats.csv\""))
                        .withHeader("Content-Type", is("text/csv"))
                        .withBody(binaryEqualTo(CSV))));
    }

    @Test
    void aFileLargerThanWhatIsCheckedArrivesUpstreamByteForByte() {
        upstreamCreates();
        byte[] large = rows("question,answer\n", "\"What is 2, plus 2?\",4\n", 1_500_000);

        HttpResponse<String> response = sendChunked(form("large.csv", large));

        assertEquals(201, response.statusCode(), response.body());
        upstream.verify(1, postRequestedFor(urlPathEqualTo(UPLOAD))
                .withAnyRequestBodyPart(aMultipart().withName("file").withBody(binaryEqualTo(large))));
    }

    @Test
    void jsonAndJsonLinesFilesAreAccepted() {
        upstreamCreates();
        assertEquals(201, send(form("a.json", "\uFEFF [ {\"prompt\": \"Hi\", \"completion\": \"Yo\"}, {\"prompt\": \"Yo\", \"completion\": \"Hi\"} ]".getBytes(
                StandardCharsets.UTF_8))).statusCode());
        assertEquals(201, send(form("b.JSONL", "\n{\"prompt\": \"Hi, \\\"you\\\"\", \"completion\": \"Hello\"}\r\n{\"text\": 2, \"prompt\": \"2\", \"completion\": \"two\"}".getBytes(
                StandardCharsets.UTF_8))).statusCode());
        upstream.verify(2, postRequestedFor(urlPathEqualTo(UPLOAD)));
    }

    // --- refused before the Training API hears of it --------------------------------------------

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("data.txt", "a,b\n1,2\n", "Upload a .csv, .json or .jsonl file."),
                Arguments.of("no-extension", "a,b\n1,2\n", "Upload a .csv, .json or .jsonl file."),
                Arguments.of("", "a,b\n1,2\n", "Choose a file to upload."),
                Arguments.of("empty.csv", "", "The file is empty. Choose a file with at least one record."),
                Arguments.of("blank.jsonl", "\n   \n", "The file is empty. Choose a file with at least one record."),
                Arguments.of("nul.csv", "a,b\n1,\u00002\n", "This is not a text file"),
                Arguments.of("latin1.csv", null, "This is not a text file"),
                Arguments.of("header.csv", "prompt,response\n", "The file has a header line but no records after it."),
                Arguments.of("wide.csv", "a,b\n1,2,3\n", "The first record has 3 fields but the header names 2 columns."),
                Arguments.of("unclosed.csv", "prompt,completion\n\"open,1\n", "Line 2: a quoted field opens on this line and is never closed."),
                Arguments.of("noheader.csv", ",,\n1,2,3\n", "The first line must name the columns"),
                Arguments.of("object.json", "{\"prompt\": \"Hi\"}", "A JSON dataset must be an array of records"),
                Arguments.of("empty.json", " [ ] ", "The file has no records: its JSON array is empty."),
                Arguments.of("numbers.json", "[1, 2]", "Each record must be a JSON object"),
                Arguments.of("broken.json", "[{\"prompt\": }, {\"b\": 1}]", "The first record of the file is not valid JSON."),
                Arguments.of("broken.jsonl", "{\"prompt\": \"Hi\"\n{\"b\": 1}\n", "The first line of the file is not valid JSON."),
                Arguments.of("array.jsonl", "[1]\n", "Each line must be a JSON object"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aFileThatFailsAShallowCheckIs400OnTheFileFieldAndNeverReachesTheTrainingApi(String fileName, String content,
            String message) {
        upstreamCreates();
        byte[] bytes = content != null ? content.getBytes(StandardCharsets.UTF_8)
                : "name\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        JsonPath refused = problem(send(form(fileName, bytes)), 400);

        assertEquals("Invalid request", refused.getString("title"));
        assertThat(refused.<String>getList("errors.field"), contains("file"));
        assertThat(refused.getString("errors[0].message"), startsWith(message));
        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    /** A first record of {@code n} columns: a CSV header, or a JSON object with {@code n} keys. */
    private static String wide(String format, int n) {
        StringBuilder out = new StringBuilder(format.equals("json") ? "[{" : format.equals("jsonl") ? "{" : "");
        for (int i = 0; i < n; i++) {
            // The first column is the text a run trains on; the others are there to be counted.
            String name = i == 0 ? "text" : (format.equals("csv") ? "c" : "k") + i;
            out.append(i > 0 ? "," : "").append(format.equals("csv") ? name : "\"" + name + "\":\"1\"");
        }
        return out.append(switch (format) {
            case "json" -> "}, {\"text\": \"2\"}]";
            case "jsonl" -> "}\n{\"text\": \"2\"}\n";
            default -> "\n2" + ",".repeat(n - 1) + "\n";
        }).toString();
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"csv", "json", "jsonl"})
    void aFirstRecordWithMoreColumnsThanTheLimitIsRefusedOnTheFileField(String format) {
        upstreamCreates();
        assertEquals(201, send(form("fine." + format, wide(format, 1000).getBytes(StandardCharsets.UTF_8)))
                .statusCode());

        JsonPath refused = problem(send(form("wide." + format, wide(format, 1001).getBytes(StandardCharsets.UTF_8))),
                400);

        assertThat(refused.<String>getList("errors.field"), contains("file"));
        assertEquals(format.equals("csv")
                ? "The first line names 1,001 columns; a dataset can have at most 1,000."
                : "The first record has 1,001 fields; a dataset can have at most 1,000 columns.",
                refused.getString("errors[0].message"));
        upstream.verify(1, postRequestedFor(urlPathEqualTo(UPLOAD)));
    }

    @Test
    void aMillionColumnHeaderIsRefusedEvenWhenItIsLongerThanWhatIsChecked() {
        upstreamCreates();
        // 2 MB of header: it never ends within the 1 MiB the checks hold back
        String header = "c," .repeat(1_000_000) + "c\n1\n";

        JsonPath refused = problem(send(form("wide.csv", header.getBytes(StandardCharsets.UTF_8))), 400);

        assertThat(refused.getString("errors[0].message"),
                startsWith("The first line names more than 1,000 columns"));
        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void missingOrInvalidFieldsAre400sOnTheirFields() {
        upstreamCreates();
        JsonPath refused = problem(send(new Multipart().field("name", "   ").field("description", "d".repeat(2001))
                .field("type", "test").file("file", "ok.csv", CSV)), 400);
        assertThat(refused.<String>getList("errors.field"), contains("name", "description", "type"));
        assertEquals("Give the dataset a name.", refused.getString("errors[0].message"));
        assertEquals("Choose a dataset type: training or evaluation.", refused.getString("errors[2].message"));

        refused = problem(send(new Multipart().field("name", "n".repeat(201)).file("file", "ok.csv", CSV)), 400);
        assertThat(refused.<String>getList("errors.field"), contains("name", "type"));

        refused = problem(send(new Multipart().field("name", "No file").field("type", "evaluation")), 400);
        assertThat(refused.<String>getList("errors.field"), contains("file"));
        assertEquals("Choose a file to upload.", refused.getString("errors[0].message"));

        // The fields come before the file (as the form sends them), so the file is never held back.
        refused = problem(send(new Multipart().file("file", "ok.csv", CSV).field("name", "Late").field("type",
                "training")), 400);
        assertThat(refused.<String>getList("errors.field"), contains("name", "type"));

        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void somethingOtherThanAMultipartFormIs415AndAnUnreadableOneIs400() {
        JsonPath refused = problem(send("application/json",
                HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"), true), 415);
        assertThat(refused.getString("detail"), containsString("multipart form"));

        Multipart form = form("ok.csv", CSV);
        refused = problem(send(form.contentType(), HttpRequest.BodyPublishers.ofByteArray(form.unfinished()), true), 400);
        assertThat(refused.getString("detail"), containsString("could not be read as a multipart form"));

        problem(send("multipart/form-data; boundary=zzz", HttpRequest.BodyPublishers.ofString("garbage\r\n"), true), 400);
        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anUploadFromAnotherSiteIsRefusedLikeEveryOtherChange() {
        upstreamCreates();
        Multipart form = form("ok.csv", CSV);

        JsonPath refused = problem(send(form.contentType(), HttpRequest.BodyPublishers.ofByteArray(form.bytes()), false),
                403);
        assertEquals("Request refused", refused.getString("title"));

        HttpRequest foreign = HttpRequest.newBuilder(URI.create(endpoint.toString()))
                .header("Content-Type", form.contentType())
                .header(SameOriginGuard.HEADER, SameOriginGuard.HEADER_VALUE)
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build();
        problem(sendQuietly(foreign), 403);
        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    // --- too large --------------------------------------------------------------------------------

    @Test
    void anUploadAnnouncedLargerThanTheLimitIs413WithASentenceAndNeverReachesTheTrainingApi() {
        upstreamCreates();
        byte[] tooLarge = rows("prompt,completion\n", "1,2\n", (int) WireMockUpstream.MAX_UPLOAD_BYTES + 100_000);

        JsonPath refused = problem(send(form("big.csv", tooLarge)), 413);

        assertEquals("Upload too large", refused.getString("title"));
        assertEquals("This file is larger than the 2 MiB this server accepts. Upload a smaller file, "
                + "or split the dataset into several files.", refused.getString("detail"));
        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aStreamThatGrowsPastTheLimitIs413AndTheTrainingApiKeepsNothing() {
        upstreamCreates();
        byte[] tooLarge = rows("prompt,completion\n", "1,2\n", (int) WireMockUpstream.MAX_UPLOAD_BYTES + 100_000);

        JsonPath refused = problem(sendChunked(form("big.csv", tooLarge)), 413);

        assertThat(refused.getString("detail"), containsString("2 MiB"));
        // The upstream request was reset before its end: the Training API never got a whole upload.
        upstream.verify(0, postRequestedFor(urlPathEqualTo(UPLOAD)));
        // and the same file under the limit does arrive whole, so the check above can fail
        byte[] fits = rows("prompt,completion\n", "1,2\n", (int) WireMockUpstream.MAX_UPLOAD_BYTES - 200_000);
        assertEquals(201, sendChunked(form("fits.csv", fits)).statusCode());
        upstream.verify(1, postRequestedFor(urlPathEqualTo(UPLOAD)));
    }

    @Test
    void anUploadThatBreaksOffLeavesNothingUpstream() throws Exception {
        upstreamCreates();
        Multipart form = form("cut.csv", rows("prompt,completion\n", "1,2\n", 600_000));
        byte[] half = Arrays.copyOf(form.bytes(), 400_000);

        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/datasets HTTP/1.1\r\nHost: " + endpoint.getHost() + ":" + endpoint.getPort()
                    + "\r\nX-Requested-With: slm-workbench\r\nContent-Type: " + form.contentType()
                    + "\r\nContent-Length: " + form.bytes().length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(half);
            out.flush();
            Thread.sleep(500);
        }
        Thread.sleep(500);

        upstream.verify(0, postRequestedFor(urlPathEqualTo(UPLOAD)));
    }

    // --- the Training API's answers ---------------------------------------------------------------

    @Test
    void theTrainingApisFieldErrorsComeBackOnTheirFields() {
        upstream.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Invalid dataset upload\",\"status\":400,\"detail\":\"Check the fields.\","
                        + "\"errors\":[{\"field\":\"name\",\"message\":\"A dataset with this name exists.\"},"
                        + "{\"field\":\"file\",\"message\":\"Row 7 has 3 fields.\"}]}")));

        JsonPath refused = problem(send(form("ok.csv", CSV)), 400);

        assertEquals("Invalid dataset upload", refused.getString("title"));
        assertThat(refused.<String>getList("errors.field"), contains("name", "file"));
        assertEquals("A dataset with this name exists.", refused.getString("errors[0].message"));
    }

    @Test
    void upstreamFailuresAreProblemsAndAnUploadIsNeverRetried() {
        upstream.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(aResponse().withStatus(500)
                .withBody("<html>java.lang.IllegalStateException</html>")));
        assertEquals("Training API error", problem(send(form("ok.csv", CSV)), 502).getString("title"));
        upstream.verify(1, postRequestedFor(urlPathEqualTo(UPLOAD)));

        upstream.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(aResponse().withStatus(413)));
        JsonPath tooLarge = problem(send(form("ok.csv", CSV)), 413);
        assertEquals("Upload too large", tooLarge.getString("title"));
        assertThat(tooLarge.getString("detail"), containsString("larger than it accepts"));

        upstream.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":").withFixedDelay(3000)));
        assertEquals("Training API timed out", problem(send(form("ok.csv", CSV)), 504).getString("title"));

        upstream.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("[1, 2")));
        assertEquals("Unexpected answer from the Training API", problem(send(form("ok.csv", CSV)), 502)
                .getString("title"));

        upstream.stop();
        try {
            assertEquals("Training API unavailable", problem(send(form("ok.csv", CSV)), 503).getString("title"));
        } finally {
            upstream.start();
        }
    }

    private HttpResponse<String> sendQuietly(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static StringValuePattern containing(String part) {
        return com.github.tomakehurst.wiremock.client.WireMock.containing(part);
    }

    private static StringValuePattern containingMultipart() {
        return containing("multipart/form-data; boundary=");
    }

    /** A header and then rows until the file is {@code size} bytes or just under. */
    static byte[] rows(String header, String row, int size) {
        StringBuilder text = new StringBuilder(size).append(header);
        while (text.length() + row.length() <= size) {
            text.append(row);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
