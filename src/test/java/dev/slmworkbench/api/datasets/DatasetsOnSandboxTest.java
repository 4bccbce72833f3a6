package dev.slmworkbench.api.datasets;

import dev.slmworkbench.web.SameOriginGuard;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slmworkbench.testing.Multipart;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The whole way on a fresh machine: upload through the BFF into the embedded sandbox, then list, preview, download. */
@QuarkusTest
class DatasetsOnSandboxTest {

    @TestHTTPResource("/api/datasets")
    URL uploads;

    private static final String CSV = "prompt,response\r\n\"Hello, there\",Hi\r\n\"Two\nlines\",\"She said \"\"ok\"\"\"\r\n";

    @Test
    void anUploadedCsvIsListedPreviewedAndDownloadedAsSent() {
        String name = "Round trip " + UUID.randomUUID();
        byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
        String id = given().header(SameOriginGuard.HEADER, SameOriginGuard.HEADER_VALUE)
                .multiPart("name", name)
                .multiPart("description", "Two records, one with a line break")
                .multiPart("type", "training")
                .multiPart("file", "greetings.csv", bytes, "text/csv")
                .when().post("/api/datasets")
                .then().statusCode(201)
                .header("Location", containsString("/api/datasets/"))
                .body("name", equalTo(name))
                .body("type", equalTo("training"))
                .body("format", equalTo("csv"))
                .body("fileName", equalTo("greetings.csv"))
                .body("rowCount", equalTo(2))
                .body("sizeBytes", equalTo(bytes.length))
                .extract().path("id");

        given().queryParam("q", name).when().get("/api/datasets")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(id));

        given().when().get("/api/datasets/" + id + "/preview")
                .then().statusCode(200)
                .body("columns", contains("prompt", "response"))
                .body("rows", contains(List.of("Hello, there", "Hi"), List.of("Two\nlines", "She said \"ok\"")))
                .body("truncated", equalTo(false));

        byte[] downloaded = given().when().get("/api/datasets/" + id + "/download")
                .then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"greetings.csv\""))
                .extract().asByteArray();
        assertArrayEquals(bytes, downloaded);
    }

    @Test
    void aNameWithABidiOverrideAndControlCharactersComesBackClean() throws Exception {
        // "evil<RLO>vsc<BEL>.csv" would read as "evilcsv.csv..." reversed; the sandbox and the BFF keep "evilvsc.csv".
        Multipart form = new Multipart().field("name", "Bidi " + UUID.randomUUID()).field("type", "training")
                .file("file", "C:\\tmp\\evil\u202Evsc\u0007\u200B.csv", CSV.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uploads.toURI())
                .header("Content-Type", form.contentType()).header(SameOriginGuard.HEADER, SameOriginGuard.HEADER_VALUE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        String id = io.restassured.path.json.JsonPath.from(created.body()).getString("id");
        assertEquals("evilvsc.csv", io.restassured.path.json.JsonPath.from(created.body()).getString("fileName"));

        given().when().get("/api/datasets/" + id + "/download").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"evilvsc.csv\""));
    }
}
