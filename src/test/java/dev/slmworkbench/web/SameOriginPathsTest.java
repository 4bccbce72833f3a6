package dev.slmworkbench.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.testing.Bodies;
import dev.slmworkbench.testing.Multipart;
import dev.slmworkbench.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cross-site page cannot change anything by spelling an {@code /api} path differently: every
 * variant the router could match meets the same-origin guard (sandbox mode, the whole way through).
 */
@QuarkusTest
class SameOriginPathsTest {

    private static final String CROSS_SITE = "Origin: https://evil.example\r\nSec-Fetch-Site: cross-site\r\n";
    private static final String DRAFT = """
            {"name":"Cross-site run","goal":"Answer support questions","baseModelId":"smollm2-135m",
             "trainingDatasetId":"ds-seed-support","evaluationDatasetId":"ds-seed-support-eval",
             "learningRate":"2e-5","epochs":60,"batchSize":8}""";

    static Stream<String> uploadPaths() {
        return PathVariants.of("/api/datasets").stream();
    }

    static Stream<String> experimentPaths() {
        return PathVariants.of("/api/experiments").stream();
    }

    static Stream<String> cancelPaths() {
        return PathVariants.of("/api/experiments/ID/cancel").stream();
    }

    /** Refused with a sentence: 403 where the path names the route, 404 or 400 where it names nothing. */
    static void assertRefused(RawHttp.Answer answer) {
        assertTrue(List.of(403, 404, 400).contains(answer.status()), answer::toString);
        assertEquals("application/problem+json", answer.header("Content-Type"), answer::toString);
        assertTrue(answer.body().contains("\"detail\":\""), answer::body);
        Bodies.assertNoLeak(answer.body());
    }

    static RawHttp.Answer crossSiteUpload(String path, String name) {
        Multipart form = new Multipart().field("name", name).field("type", "training")
                .file("file", "rows.csv", "prompt,response\nHi,Hello\n".getBytes(StandardCharsets.UTF_8));
        byte[] body = form.bytes();
        return RawHttp.exchange(RawHttp.head("POST", path, CROSS_SITE + "Content-Type: " + form.contentType()
                + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n"), body);
    }

    static RawHttp.Answer crossSiteJson(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return RawHttp.exchange(RawHttp.head("POST", path, CROSS_SITE + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n"), body);
    }

    @ParameterizedTest
    @MethodSource("uploadPaths")
    void aCrossSiteUploadIsRefusedHoweverThePathIsSpelled(String path) {
        String name = "Cross-site " + UUID.randomUUID();

        assertRefused(crossSiteUpload(path, name));

        given().queryParam("q", name).get("/api/datasets").then().statusCode(200).body("total", equalTo(0));
    }

    @ParameterizedTest
    @MethodSource("experimentPaths")
    void aCrossSiteLaunchIsRefusedHoweverThePathIsSpelled(String path) {
        String name = "Cross-site " + UUID.randomUUID();

        assertRefused(crossSiteJson(path, DRAFT.replace("Cross-site run", name)));

        given().queryParam("q", name).get("/api/experiments").then().statusCode(200).body("total", equalTo(0));
    }

    @ParameterizedTest
    @MethodSource("cancelPaths")
    void aCrossSiteCancelIsRefusedHoweverThePathIsSpelled(String path) {
        String id = given().header(SameOriginGuard.HEADER, SameOriginGuard.HEADER_VALUE)
                .contentType("application/json").body(DRAFT).post("/api/experiments")
                .then().statusCode(201).extract().path("id");

        assertRefused(crossSiteJson(path.replace("ID", id), "{}"));

        // The simulated run may have started meanwhile; what matters is that it was not cancelled.
        given().get("/api/experiments/" + id).then().statusCode(200).body("status", not(equalTo("cancelled")));
        // Cancelled for real, so the run adds no model or evaluation to the pages the browser tests read.
        given().header(SameOriginGuard.HEADER, SameOriginGuard.HEADER_VALUE)
                .post("/api/experiments/" + id + "/cancel").then().statusCode(200);
    }
}
