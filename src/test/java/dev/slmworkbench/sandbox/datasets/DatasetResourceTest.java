package dev.slmworkbench.sandbox.datasets;

import static dev.slmworkbench.testing.SandboxAuth.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.slmworkbench.sandbox.Contract;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class DatasetResourceTest {

    private static final String CSV = "\uFEFFprompt,answer\r\n\"Hi,\nthere\",\"He said \"\"yo\"\"\"\r\nBye,See you\r\n";

    @Test
    void seedIsPresentWithCountedRows() {
        given().filter(Contract.VALID).queryParam("sort", "name").queryParam("limit", 500)
                .when().get("/sandbox/v1/datasets")
                .then().statusCode(200)
                .body("items.id", hasItem("ds-seed-support"))
                .body("items.find { it.id == 'ds-seed-support' }.rowCount", equalTo(36))
                .body("items.find { it.id == 'ds-seed-support' }.format", equalTo("csv"))
                .body("items.find { it.id == 'ds-seed-sentiment' }.rowCount", equalTo(30))
                .body("items.find { it.id == 'ds-seed-support-eval' }.type", equalTo("evaluation"));
    }

    @Test
    void uploadThenDownloadRoundTrips() {
        String name = "Upload " + UUID.randomUUID();
        byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
        String id = given().filter(Contract.RESPONSE)
                .multiPart("name", name)
                .multiPart("description", "Greetings")
                .multiPart("type", "training")
                .multiPart("file", "greetings v1.csv", bytes, "text/csv")
                .when().post("/sandbox/v1/datasets/upload")
                .then().statusCode(201)
                .body("name", equalTo(name)).body("format", equalTo("csv")).body("type", equalTo("training"))
                .body("rowCount", equalTo(2)).body("sizeBytes", equalTo(bytes.length))
                .body("fileName", equalTo("greetings v1.csv"))
                .extract().path("id");
        byte[] downloaded = given().filter(Contract.VALID).when().get("/sandbox/v1/datasets/" + id + "/download")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo(
                        "attachment; filename=\"greetings v1.csv\""))
                .extract().asByteArray();
        assertArrayEquals(bytes, downloaded);
        given().filter(Contract.VALID).queryParam("q", name.toUpperCase()).when().get("/sandbox/v1/datasets")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void jsonAndJsonlAreCountedAndServedWithTheirTypes() {
        String json = given().multiPart("name", "Json").multiPart("type", "evaluation")
                .multiPart("file", "rows.JSON", "[{\"a\":[1,2]},{\"b\":{\"c\":[]}},3]".getBytes(), "application/json")
                .when().post("/sandbox/v1/datasets/upload")
                .then().statusCode(201).body("rowCount", equalTo(3)).body("format", equalTo("json"))
                .extract().path("id");
        given().when().get("/sandbox/v1/datasets/" + json + "/download").then().contentType(startsWith("application/json"));
        String jsonl = given().multiPart("name", "Jsonl").multiPart("type", "training")
                .multiPart("file", "rows.jsonl", "{\"a\":1}\n\n{\"a\":2}\n".getBytes(), "application/octet-stream")
                .when().post("/sandbox/v1/datasets/upload")
                .then().statusCode(201).body("rowCount", equalTo(2)).body("format", equalTo("jsonl"))
                .extract().path("id");
        given().when().get("/sandbox/v1/datasets/" + jsonl + "/download")
                .then().contentType(startsWith("application/x-ndjson"))
                .header("Content-Disposition", containsString("filename=\"rows.jsonl\""));
    }

    @Test
    void theDescriptionAndNameLimitsCountCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00";
        given().filter(Contract.RESPONSE)
                .multiPart("name", emoji.repeat(200))
                .multiPart("description", emoji.repeat(2000), "text/plain; charset=UTF-8")
                .multiPart("type", "training")
                .multiPart("file", "emoji.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/sandbox/v1/datasets/upload")
                .then().statusCode(201)
                .body("description", equalTo(emoji.repeat(2000)));
        given().filter(Contract.RESPONSE)
                .multiPart("name", "Too long")
                .multiPart("description", emoji.repeat(2001), "text/plain; charset=UTF-8")
                .multiPart("type", "training")
                .multiPart("file", "emoji.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/sandbox/v1/datasets/upload")
                .then().statusCode(400).body("errors.field", equalTo(List.of("description")));
    }

    @ParameterizedTest
    @CsvSource({
        "'', training, a.csv, 'x,y', name",
        "Bad, sideways, a.csv, 'x,y', type",
        "Bad, training, a.txt, hello, file",
        "Bad, training, a.json, '{\"not\": \"an array\"}', file",
        "Bad, training, a.json, '[1, 2', file",
    })
    void invalidUploadsAreNamed(String name, String type, String fileName, String content, String field) {
        given().filter(Contract.RESPONSE)
                .multiPart("name", name).multiPart("type", type)
                .multiPart("file", fileName, content.getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .when().post("/sandbox/v1/datasets/upload")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("detail", not(containsString("/")))
                .body("errors.message", everyItem(not(containsString("Exception"))));
    }

    @Test
    void jsonBeyondTheParserLimitsIsAFileErrorNotA500() {
        String deep = "[" + "[".repeat(2000) + "]".repeat(2000) + "]";
        given().filter(Contract.RESPONSE)
                .multiPart("name", "Deep").multiPart("type", "training")
                .multiPart("file", "deep.json", deep.getBytes(StandardCharsets.UTF_8), "application/json")
                .when().post("/sandbox/v1/datasets/upload")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("file")))
                .body("errors[0].message", containsString("nested deeper than"));
    }

    @Test
    void missingFileIsNamed() {
        given().multiPart("name", "No file").multiPart("type", "training")
                .when().post("/sandbox/v1/datasets/upload")
                .then().statusCode(400).body("errors.field", equalTo(List.of("file")));
    }

    @Test
    void typeFilterAndPaging() {
        given().filter(Contract.VALID).queryParam("type", "evaluation").queryParam("limit", 500)
                .when().get("/sandbox/v1/datasets")
                .then().statusCode(200).body("items.type", everyItem(equalTo("evaluation")));
        given().filter(Contract.VALID).queryParam("limit", 1).queryParam("sort", "createdAt")
                .when().get("/sandbox/v1/datasets")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo("ds-seed-support"));
        given().filter(Contract.RESPONSE).queryParam("type", "nope").when().get("/sandbox/v1/datasets")
                .then().statusCode(400).body("errors.field", hasItem("type"));
        given().filter(Contract.VALID).when().get("/sandbox/v1/datasets/nope/download").then().statusCode(404);
    }
}
