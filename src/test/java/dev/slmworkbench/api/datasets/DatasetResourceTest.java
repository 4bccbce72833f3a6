package dev.slmworkbench.api.datasets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import dev.slmworkbench.testing.Bodies;
import dev.slmworkbench.testing.UpstreamTestBase;
import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(WireMockUpstream.class)
public class DatasetResourceTest extends UpstreamTestBase {

    static String dataset(String id, String name, String type, String format, String created) {
        return """
                {"id":"%s","name":"%s","type":"%s","format":"%s","fileName":"%s.%s","sizeBytes":1200,
                 "rowCount":12,"createdAt":"%s","someFutureField":true}""".formatted(id, name, type, format, id, format,
                created);
    }

    private void stubDataset(String id, String format) {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/" + id))
                .willReturn(okJson(dataset(id, "Set " + id, "training", format, "2026-11-01T00:00:00Z"))));
    }

    private void stubFile(String id, String contentType, byte[] body) {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/" + id + "/download"))
                .willReturn(aResponse().withHeader("Content-Type", contentType).withBody(body)));
    }

    private static StringValuePattern is(String value) {
        return com.github.tomakehurst.wiremock.client.WireMock.equalTo(value);
    }

    // --- lists ----------------------------------------------------------------------------------

    @Test
    void aPagedUpstreamGetsEveryParameterAndItsItemsAndTotalComeBack() {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets")).willReturn(okJson("{\"items\":["
                + dataset("d1", "chat a", "training", "csv", "2026-11-02T00:00:00Z") + "],\"total\":42}")));

        given().queryParam("q", " chat ").queryParam("sort", "-name").queryParam("offset", "25")
                .queryParam("limit", "25").queryParam("type", "training")
                .when().get("/api/datasets")
                .then().statusCode(200)
                .body("total", equalTo(42))
                .body("items.id", contains("d1"))
                .body("items[0].rowCount", equalTo(12));

        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/datasets"))
                .withQueryParam("q", is("chat"))
                .withQueryParam("sort", is("-name"))
                .withQueryParam("offset", is("25"))
                .withQueryParam("limit", is("25"))
                .withQueryParam("type", is("training"))
                .withHeader("Authorization", is("Bearer " + WireMockUpstream.TOKEN)));
    }

    @Test
    void aPageLongerThanAskedForIsCutToTheLimit() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            items.append(i > 0 ? "," : "").append(dataset("big" + i, "set " + i, "training", "csv", "2026-11-02T00:00:00Z"));
        }
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets")).willReturn(okJson("{\"items\":[" + items + "],\"total\":2000}")));

        given().queryParam("limit", "25").when().get("/api/datasets").then().statusCode(200)
                .body("items", hasSize(25))
                .body("items[0].id", equalTo("big0"))
                .body("total", equalTo(2000));
    }

    @Test
    void withoutParametersItAsksForTheNewest25() {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets")).willReturn(okJson("{\"items\":[],\"total\":0}")));

        given().when().get("/api/datasets").then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));

        upstream.verify(getRequestedFor(urlPathEqualTo("/v1/datasets"))
                .withQueryParam("offset", is("0"))
                .withQueryParam("limit", is("25"))
                .withQueryParam("sort", is("-createdAt")));
    }

    @Test
    void aBareArrayUpstreamIsFilteredSortedAndPagedHere() {
        StringBuilder all = new StringBuilder("[");
        for (int i = 1; i <= 30; i++) {
            all.append(i > 1 ? "," : "").append(dataset("d" + i, String.format("set %02d", i),
                    i % 2 == 0 ? "evaluation" : "training", "jsonl", "2026-11-01T00:00:%02dZ".formatted(i)));
        }
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets")).willReturn(okJson(all.append("]").toString())));

        given().queryParam("type", "evaluation").queryParam("sort", "name").queryParam("offset", "5")
                .queryParam("limit", "3")
                .when().get("/api/datasets")
                .then().statusCode(200)
                .body("total", equalTo(15))
                .body("items.id", contains("d12", "d14", "d16"));

        given().queryParam("q", "SET 2").when().get("/api/datasets")
                .then().statusCode(200)
                .body("total", equalTo(10))
                .body("items.id", hasSize(10))
                .body("items[0].id", equalTo("d29"));
    }

    @Test
    void badListParametersAre400sNamingEachFieldWithoutAnUpstreamCall() {
        given().queryParam("offset", "-1").queryParam("limit", "101").queryParam("sort", "name; drop")
                .queryParam("type", "a b")
                .when().get("/api/datasets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid request"))
                .body("errors.field", containsInAnyOrder("offset", "limit", "sort", "type"))
                .body("errors.find { it.field == 'limit' }.message",
                        equalTo("Limit must be a whole number from 1 to 100."));

        given().queryParam("limit", "ten").when().get("/api/models")
                .then().statusCode(400)
                .body("errors.field", contains("limit"));

        given().queryParam("q", "x".repeat(201)).when().get("/api/datasets")
                .then().statusCode(400)
                .body("errors.field", contains("q"));

        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    // --- one dataset ----------------------------------------------------------------------------

    @Test
    void oneDatasetComesBackAsTheUpstreamDescribesIt() {
        stubDataset("ds-1", "csv");

        given().when().get("/api/datasets/ds-1").then().statusCode(200)
                .body("id", equalTo("ds-1"))
                .body("format", equalTo("csv"))
                .body("fileName", equalTo("ds-1.csv"));
    }

    @Test
    void anUnknownDatasetIs404AndABadIdNeverReachesTheUpstream() {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/gone")).willReturn(aResponse().withStatus(404)));

        assertProblem(given().when().get("/api/datasets/gone"), 404, "Not found");
        assertProblem(given().when().get("/api/datasets/..."), 400, "Invalid request");
        upstream.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void upstreamFailuresOfAListAreProblems() {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets")).willReturn(aResponse().withStatus(500)));
        assertProblem(given().when().get("/api/datasets"), 502, "Training API error");

        upstream.stubFor(get(urlPathEqualTo("/v1/datasets")).willReturn(okJson("[]").withFixedDelay(3000)));
        assertProblem(given().when().get("/api/datasets"), 504, "Training API timed out");
    }

    // --- preview --------------------------------------------------------------------------------

    @Test
    void aCsvPreviewHasTheHeaderAsColumnsAndQuotedCommasAndLineBreaksKept() {
        stubDataset("csv1", "csv");
        stubFile("csv1", "text/csv", ("\uFEFFprompt,response,topic\r\n"
                + "\"Capital of France, please\",Paris,geo\r\n"
                + "\"Two\nlines\",\"He said \"\"hi\"\"\",\r\n"
                + "\r\n"
                + "short\r\n").getBytes(StandardCharsets.UTF_8));

        given().when().get("/api/datasets/csv1/preview").then().statusCode(200)
                .body("columns", contains("prompt", "response", "topic"))
                .body("rows", contains(
                        List.of("Capital of France, please", "Paris", "geo"),
                        List.of("Two\nlines", "He said \"hi\"", ""),
                        List.of("short", "", "")))
                .body("truncated", equalTo(false));
    }

    @Test
    void aPreviewShowsTwentyRecordsAndSaysWhenThereAreMore() {
        stubDataset("csv2", "csv");
        StringBuilder csv = new StringBuilder("n,square\n");
        for (int i = 1; i <= 25; i++) {
            csv.append(i).append(',').append(i * i).append('\n');
        }
        stubFile("csv2", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        given().when().get("/api/datasets/csv2/preview").then().statusCode(200)
                .body("rows", hasSize(20))
                .body("rows[19]", contains("20", "400"))
                .body("truncated", equalTo(true));

        stubDataset("csv3", "csv");
        stubFile("csv3", "text/csv", "n\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20"
                .getBytes(StandardCharsets.UTF_8));
        given().when().get("/api/datasets/csv3/preview").then().statusCode(200)
                .body("rows", hasSize(20))
                .body("truncated", equalTo(false));
    }

    @Test
    void aJsonArrayPreviewHasTheUnionOfKeysInFirstSeenOrderAndNestedValuesAsJson() {
        stubDataset("json1", "json");
        stubFile("json1", "application/json", """
                [ {"prompt": "Hi", "response": "Hello", "score": 0.5},
                  {"response": "Bye", "meta": {"lang": "en", "tags": ["a", "b"]}, "ok": true, "none": null} ]
                """.getBytes(StandardCharsets.UTF_8));

        given().when().get("/api/datasets/json1/preview").then().statusCode(200)
                .body("columns", contains("prompt", "response", "score", "meta", "ok", "none"))
                .body("rows[0]", contains("Hi", "Hello", "0.5", "", "", ""))
                .body("rows[1]", contains("", "Bye", "", "{\"lang\":\"en\",\"tags\":[\"a\",\"b\"]}", "true", ""))
                .body("truncated", equalTo(false));
    }

    @Test
    void aJsonLinesPreviewSkipsBlankLines() {
        stubDataset("jsonl1", "jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 22; i++) {
            lines.append("{\"i\":").append(i).append(",\"text\":\"line ").append(i).append("\"}\n\n");
        }
        stubFile("jsonl1", "application/x-ndjson", lines.toString().getBytes(StandardCharsets.UTF_8));

        given().when().get("/api/datasets/jsonl1/preview").then().statusCode(200)
                .body("columns", contains("i", "text"))
                .body("rows", hasSize(20))
                .body("rows[0]", contains("1", "line 1"))
                .body("truncated", equalTo(true));
    }

    @Test
    void aPreviewNeverReadsMoreThanOneMebibyte() {
        stubDataset("wide", "csv");
        StringBuilder csv = new StringBuilder("text\n");
        String cell = "x".repeat(300 * 1024);
        for (int i = 0; i < 8; i++) {
            csv.append(cell).append('\n');
        }
        stubFile("wide", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        given().when().get("/api/datasets/wide/preview").then().statusCode(200)
                .body("columns", contains("text"))
                // 1 MiB holds the header and three of the 300 KiB records: reading on would have shown 20
                .body("rows", hasSize(3))
                .body("truncated", equalTo(true));
    }

    /** A 1 MB CSV whose header names 1,000,000 columns (one named, the rest blank) and 25 short records. */
    private static byte[] millionColumnCsv() {
        return ("a" + ",".repeat(999_999) + "\n" + "1\n".repeat(25)).getBytes(StandardCharsets.UTF_8);
    }

    /** The preview's answer as bytes, read without parsing: it must be small before anything else. */
    private static byte[] previewBytes(String id) {
        return given().when().get("/api/datasets/" + id + "/preview").then().statusCode(200).extract().asByteArray();
    }

    @Test
    void aMillionColumnCsvPreviewShowsTheFirst100ColumnsAndSaysHowManyThereAre() {
        stubDataset("million", "csv");
        stubFile("million", "text/csv", millionColumnCsv());

        byte[] answer = previewBytes("million");

        assertThat(answer.length, lessThan(100_000));
        io.restassured.path.json.JsonPath preview = io.restassured.path.json.JsonPath.from(
                new String(answer, StandardCharsets.UTF_8));
        assertEquals(100, preview.getList("columns").size());
        assertEquals("a", preview.getString("columns[0]"));
        assertEquals(1_000_000, preview.getInt("totalColumns"));
        assertEquals(20, preview.getList("rows").size());
        assertEquals(100, preview.getList("rows[0]").size());
        assertEquals("1", preview.getString("rows[0][0]"));
        assertEquals(true, preview.getBoolean("truncated"));
    }

    @Test
    void aJsonLinesPreviewOfARecordWith100000KeysShowsTheFirst100() {
        stubDataset("keys", "jsonl");
        StringBuilder first = new StringBuilder("{");
        for (int i = 0; i < 100_000; i++) {
            first.append(i > 0 ? "," : "").append('"').append(Integer.toString(i, 36)).append("\":").append(i % 10);
        }
        String lines = first.append("}\n").append("{\"0\": \"second\", \"not-base-36\": [1, 2]}\n").toString();
        stubFile("keys", "application/x-ndjson", lines.getBytes(StandardCharsets.UTF_8));

        byte[] answer = previewBytes("keys");

        assertThat(answer.length, lessThan(100_000));
        io.restassured.path.json.JsonPath preview = io.restassured.path.json.JsonPath.from(
                new String(answer, StandardCharsets.UTF_8));
        assertEquals(100, preview.getList("columns").size());
        assertEquals(List.of("0", "1", "2"), preview.getList("columns").subList(0, 3));
        assertEquals(100_001, preview.getInt("totalColumns"), "the union of the records' keys");
        assertEquals(2, preview.getList("rows").size());
        assertEquals(100, preview.getList("rows[1]").size());
        assertEquals(List.of("second", "", ""), preview.getList("rows[1]").subList(0, 3));
        assertEquals(false, preview.getBoolean("truncated"));
    }

    @Test
    void aNarrowPreviewHasNoColumnCount() {
        stubDataset("narrow", "csv");
        stubFile("narrow", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));

        given().when().get("/api/datasets/narrow/preview").then().statusCode(200)
                .body("columns", contains("a", "b"))
                .body("$", not(hasKey("totalColumns")));
    }

    @Test
    void longCellsAreCutAfterWholeCharactersAndTheAnswerStopsAtItsCharacterBudget() {
        String emoji = "\uD83D\uDE00";
        stubDataset("long-cells", "jsonl");
        stubFile("long-cells", "application/x-ndjson", ("{\"text\":\"" + emoji.repeat(3000) + "\", \"nested\": {\"t\": \""
                + "n".repeat(3000) + "\"}}\n").getBytes(StandardCharsets.UTF_8));
        io.restassured.path.json.JsonPath cut = io.restassured.path.json.JsonPath.from(
                new String(previewBytes("long-cells"), StandardCharsets.UTF_8));
        assertEquals(emoji.repeat(2000) + "\u2026", cut.getString("rows[0][0]"));
        assertEquals("{\"t\":\"" + "n".repeat(1994) + "\u2026", cut.getString("rows[0][1]"));

        // 100 columns of 2,500 characters a record: two records (400,000 characters once cut) fit in 500,000
        stubDataset("budget", "csv");
        StringBuilder csv = new StringBuilder();
        for (int c = 0; c < 100; c++) {
            csv.append(c > 0 ? "," : "").append("c").append(c);
        }
        String row = String.join(",", java.util.Collections.nCopies(100, "x".repeat(2500)));
        for (int r = 0; r < 4; r++) {
            csv.append('\n').append(row);
        }
        stubFile("budget", "text/csv", csv.append('\n').toString().getBytes(StandardCharsets.UTF_8));
        byte[] answer = previewBytes("budget");
        assertThat(answer.length, lessThan(520_000));
        io.restassured.path.json.JsonPath budget = io.restassured.path.json.JsonPath.from(
                new String(answer, StandardCharsets.UTF_8));
        assertEquals(2, budget.getList("rows").size());
        assertEquals(2001, budget.getString("rows[1][99]").length());
        assertEquals(true, budget.getBoolean("truncated"));
    }

    @Test
    void wideFilePreviewsLeaveTheEventLoopFreeForOtherRequests() throws Exception {
        stubDataset("million", "csv");
        stubFile("million", "text/csv", millionColumnCsv());
        previewBytes("million"); // WireMock's and the client's first large answer, before anything is timed
        java.util.concurrent.ExecutorService browsers = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> previews = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                previews.add(browsers.submit(() -> previewBytes("million")));
            }
            long slowestMs = 0;
            int probes = 0;
            while (probes < 10 || previews.stream().anyMatch(f -> !f.isDone())) {
                long started = System.nanoTime();
                given().when().get("/api/config").then().statusCode(200);
                slowestMs = Math.max(slowestMs, (System.nanoTime() - started) / 1_000_000);
                probes++;
            }
            for (java.util.concurrent.Future<byte[]> preview : previews) {
                assertThat(preview.get().length, lessThan(100_000));
            }
            assertThat("the slowest of " + probes + " /api/config calls, in ms", slowestMs, lessThan(1000L));
        } finally {
            browsers.shutdownNow();
        }
    }

    @Test
    void aFileThatCannotBePreviewedIsA422WithASentence() {
        stubDataset("notjson", "json");
        stubFile("notjson", "application/json", "{\"a\": 1}".getBytes(StandardCharsets.UTF_8));
        assertProblem(given().when().get("/api/datasets/notjson/preview"), 422, "Preview not available")
                .then().body("detail", containsString("not a valid JSON array of records"));

        stubDataset("huge-record", "jsonl");
        stubFile("huge-record", "application/x-ndjson",
                ("{\"text\":\"" + "y".repeat(1100 * 1024) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        assertProblem(given().when().get("/api/datasets/huge-record/preview"), 422, "Preview not available")
                .then().body("detail", containsString("larger than 1 MiB"));
    }

    @Test
    void upstreamFailuresOfAPreviewAreProblems() {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/nope")).willReturn(aResponse().withStatus(404)));
        assertProblem(given().when().get("/api/datasets/nope/preview"), 404, "Not found");

        stubDataset("broken", "csv");
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/broken/download")).willReturn(aResponse().withStatus(503)));
        assertProblem(given().when().get("/api/datasets/broken/preview"), 502, "Training API error");
        // opening the file is a read: tried three times in all
        upstream.verify(3, getRequestedFor(urlPathEqualTo("/v1/datasets/broken/download")));

        stubDataset("slow", "csv");
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/slow/download"))
                .willReturn(aResponse().withBody("a\n1\n").withFixedDelay(3000)));
        assertProblem(given().when().get("/api/datasets/slow/preview"), 504, "Training API timed out");
    }

    public static Response assertProblem(Response response, int status, String title) {
        response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", equalTo(title));
        Bodies.assertNoLeak(response.asString());
        return response;
    }
}
