package dev.slmworkbench.api.datasets.upload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.slmworkbench.testing.EdgeProfile;
import dev.slmworkbench.web.SameOriginGuard;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * With {@code UPLOAD_MAX_BAD_RECORDS=2} (EdgeProfile) up to two bad records are left out of the
 * file the Training API (the sandbox here) stores, and the dataset says how many and which; a
 * third refuses the upload. A JSON array cannot lose a record, so there any problem refuses it.
 */
@QuarkusTest
@TestProfile(EdgeProfile.class)
class BadRecordsAllowedTest {

    private static final String GOOD = "{\"prompt\":\"Hi\",\"completion\":\"Hello\"}\n";

    private static RequestSpecification form() {
        return given().header(SameOriginGuard.HEADER, SameOriginGuard.HEADER_VALUE).header("Host", EdgeProfile.HOST)
                .multiPart("name", "Mostly good").multiPart("type", "training");
    }

    @Test
    void twoBadRecordsAreLeftOutAndCounted() {
        String file = GOOD + "{\"prompt\":\"x\"}\n" + GOOD + "not json\n" + GOOD;
        String id = form().multiPart("file", "mostly.jsonl", file.getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .post("/api/datasets")
                .then().statusCode(201)
                .body("rowCount", equalTo(3))
                .body("schema.kind", equalTo("prompt_completion"))
                .body("schema.records", equalTo(3))
                .body("schema.skipped", equalTo(2))
                .body("schema.problems.line", contains(2, 4))
                .extract().path("id");
        // The stored file is the good records only, in order.
        given().header("Host", EdgeProfile.HOST).get("/api/datasets/" + id + "/download")
                .then().statusCode(200).body(equalTo(GOOD + GOOD + GOOD));
        given().header("Host", EdgeProfile.HOST).get("/api/datasets/" + id)
                .then().statusCode(200).body("schema.skipped", equalTo(2));
    }

    @Test
    void aThirdBadRecordRefusesTheUpload() {
        String file = GOOD + "1\n2\n" + GOOD + "3\n";
        form().multiPart("file", "bad.jsonl", file.getBytes(StandardCharsets.UTF_8), "application/octet-stream")
                .post("/api/datasets")
                .then().statusCode(400)
                .body("detail", containsString("3 records have problems"))
                .body("detail", containsString("up to 2 bad records may be left out: UPLOAD_MAX_BAD_RECORDS"))
                .body("errors.message", contains("Line 2: the record is a number, not a JSON object.",
                        "Line 3: the record is a number, not a JSON object.",
                        "Line 5: the record is a number, not a JSON object."));
    }

    @Test
    void aJsonArrayWithABadRecordIsRefusedEvenWithAnAllowance() {
        form().multiPart("file", "arr.json", "[{\"prompt\":\"Hi\",\"completion\":\"Hello\"},\n{\"prompt\":\"x\"}]"
                        .getBytes(StandardCharsets.UTF_8), "application/json")
                .post("/api/datasets")
                .then().statusCode(400)
                .body("errors.message", contains("Line 2: there is no \"completion\" (the target (completion))."));
    }
}
