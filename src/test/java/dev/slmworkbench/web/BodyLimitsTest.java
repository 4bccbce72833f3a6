package dev.slmworkbench.web;

import static dev.slmworkbench.testing.SandboxAuth.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.testing.Bodies;
import dev.slmworkbench.testing.Multipart;
import dev.slmworkbench.testing.RawHttp;
import dev.slmworkbench.testing.SandboxAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.specification.MultiPartSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies are capped per route: 1 MiB of JSON anywhere, MAX_UPLOAD_SIZE on the upload route only. */
@QuarkusTest
class BodyLimitsTest {

    private static final int MIB = 1024 * 1024;
    private static final String UPLOAD = "/sandbox/v1/datasets/upload";

    private static byte[] json(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[size - 1] = '}';
        return body;
    }

    private static void assertTooLarge(RawHttp.Answer answer) {
        assertEquals(413, answer.status(), answer::toString);
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertTrue(answer.body().contains("\"title\":\"Request too large\""), answer::body);
        Bodies.assertNoLeak(answer.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/dashboard", "/sandbox/v1/experiments"})
    void twoMebibytesOfJsonAreRefusedAsProblemJson(String path) {
        given().header("X-Requested-With", "slm-workbench").contentType("application/json").body(json(2 * MIB))
                .post(path)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("title", equalTo("Request too large"))
                .body("status", equalTo(413));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/dashboard", "/sandbox/v1/experiments"})
    void twoMebibytesOfChunkedJsonAreCountedAndRefused(String path) {
        assertTooLarge(RawHttp.exchange(
                RawHttp.head("POST", path, "Content-Type: application/json\r\nX-Requested-With: slm-workbench\r\n"
                        + "Transfer-Encoding: chunked\r\n"),
                RawHttp.chunked(2 * MIB)));
    }

    @Test
    void aSmallChunkedBodyStillReachesTheResource() {
        String body = "{\"name\":\"chunked\"}";
        RawHttp.Answer answer = RawHttp.exchange(
                RawHttp.head("POST", "/sandbox/v1/experiments",
                        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n"
                                + "Authorization: " + SandboxAuth.header() + "\r\n"),
                (Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        // The resource read the body: it names the fields still missing.
        assertEquals(400, answer.status(), answer::toString);
        assertTrue(answer.body().contains("baseModelId"), answer::body);
    }

    @Test
    void anUploadMayBeLargerThanTheJsonLimit() {
        byte[] csv = ("prompt,answer\n" + "hello,world\n".repeat(2 * MIB / 12)).getBytes(StandardCharsets.UTF_8);
        assertTrue(csv.length > 2 * MIB - 100);
        given().multiPart("name", "Large").multiPart("type", "training")
                .multiPart("file", "large.csv", csv, "text/csv")
                .post(UPLOAD)
                .then().statusCode(201)
                .body("sizeBytes", equalTo(csv.length));
    }

    /** The route is known by the path the router matched, not by how the request spelled it. */
    @ParameterizedTest
    @ValueSource(strings = {"//sandbox/v1/datasets/upload", "/%73andbox/v1/datasets/upload", "/sandbox/v1//datasets/upload",
            "/sandbox/v1/datasets/upload/", "/sandbox/v1/%64atasets/upload"})
    void anUploadMayBeLargerThanTheJsonLimitHoweverItsPathIsSpelled(String path) {
        byte[] csv = ("prompt,answer\n" + "hello,world\n".repeat(2 * MIB / 12)).getBytes(StandardCharsets.UTF_8);
        Multipart form = new Multipart().field("name", "Spelled").field("type", "training").file("file", "large.csv", csv);
        byte[] body = form.bytes();
        RawHttp.Answer answer = RawHttp.exchange(RawHttp.head("POST", path, "Authorization: " + SandboxAuth.header()
                + "\r\nContent-Type: " + form.contentType() + "\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n"), body);
        assertEquals(201, answer.status(), answer::toString);
    }

    @Test
    void onlyMultipartOnTheUploadRouteMayBeLarge() {
        given().contentType("application/json").body(json(2 * MIB)).post(UPLOAD)
                .then().statusCode(413).contentType("application/problem+json");
        given().multiPart("file", "large.csv", new byte[2 * MIB], "text/csv").post("/sandbox/v1/experiments")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void anUploadAnnouncedAboveMaxUploadSizeIsRefusedBeforeItsBody() {
        assertTooLarge(RawHttp.exchange(
                RawHttp.head("POST", UPLOAD, "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 4294967296\r\n"),
                "--b\r\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aLongNonAsciiDescriptionFitsInAMultipartField() {
        String description = "Описание набора данных для обучения. ".repeat(50).substring(0, 1500);
        given().multiPart(text("name", "Кириллица"))
                .multiPart(text("description", description))
                .multiPart(text("type", "training"))
                .multiPart("file", "rows.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(UPLOAD)
                .then().statusCode(201)
                .body("description", equalTo(description))
                .body("name", equalTo("Кириллица"));
    }

    @Test
    void anOversizedMultipartFieldIsAProblemNotAnEmpty413() {
        String body = given().multiPart(text("name", "Huge field"))
                .multiPart(text("description", "説明".repeat(5000)))
                .multiPart(text("type", "training"))
                .multiPart("file", "rows.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(UPLOAD)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("title", equalTo("Request too large"))
                .body("detail", not(equalTo("")))
                .extract().asString();
        Bodies.assertNoLeak(body);
    }

    private static MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).mimeType("text/plain").charset(StandardCharsets.UTF_8).build();
    }
}
