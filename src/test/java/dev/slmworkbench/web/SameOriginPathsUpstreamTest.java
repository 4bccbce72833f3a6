package dev.slmworkbench.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slmworkbench.testing.Multipart;
import dev.slmworkbench.testing.RawHttp;
import dev.slmworkbench.testing.UpstreamTestBase;
import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Against an external Training API: no spelling of an {@code /api} path lets a cross-site call reach it. */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class SameOriginPathsUpstreamTest extends UpstreamTestBase {

    private static final String CREATED = """
            {"id":"ds-new","name":"Rows","type":"training","format":"csv","fileName":"rows.csv",
             "sizeBytes":24,"rowCount":1,"createdAt":"2026-11-29T10:00:00Z"}""";

    @BeforeEach
    void upstreamSaysYesToEverything() {
        upstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CREATED)));
    }

    static Stream<String> uploadPaths() {
        return SameOriginPathsTest.uploadPaths();
    }

    static Stream<String> experimentPaths() {
        return SameOriginPathsTest.experimentPaths();
    }

    static Stream<String> cancelPaths() {
        return SameOriginPathsTest.cancelPaths();
    }

    @ParameterizedTest
    @MethodSource("uploadPaths")
    void aCrossSiteUploadNeverReachesTheTrainingApi(String path) {
        SameOriginPathsTest.assertRefused(SameOriginPathsTest.crossSiteUpload(path, "Cross-site"));
        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @MethodSource("experimentPaths")
    void aCrossSiteLaunchNeverReachesTheTrainingApi(String path) {
        SameOriginPathsTest.assertRefused(SameOriginPathsTest.crossSiteJson(path, "{\"name\":\"x\"}"));
        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @MethodSource("cancelPaths")
    void aCrossSiteCancelNeverReachesTheTrainingApi(String path) {
        SameOriginPathsTest.assertRefused(SameOriginPathsTest.crossSiteJson(path.replace("ID", "exp-1"), "{}"));
        upstream.verify(0, anyRequestedFor(anyUrl()));
    }

    /** The upload limit, not the JSON one, applies to the upload route however its path is spelled. */
    @ParameterizedTest
    @MethodSource("dotAndSlashSpellings")
    void anUploadLargerThanTheJsonLimitPassesThroughEverySpellingOfItsRoute(String path) {
        byte[] csv = ("prompt,response\n" + "hello,world\n".repeat(1_500_000 / 12)).getBytes(StandardCharsets.UTF_8);
        Multipart form = new Multipart().field("name", "Rows").field("type", "training").file("file", "rows.csv", csv);
        byte[] bytes = form.bytes();
        RawHttp.Answer answer = RawHttp.exchange(RawHttp.head("POST", path, SameOriginGuard.HEADER + ": "
                + SameOriginGuard.HEADER_VALUE + "\r\nContent-Type: " + form.contentType() + "\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n"), bytes);
        assertEquals(201, answer.status(), answer::toString);
        upstream.verify(1, postRequestedFor(urlPathEqualTo("/v1/datasets/upload")));
    }

    static Stream<String> dotAndSlashSpellings() {
        return Stream.of("/api/datasets", "//api/datasets", "/./api/datasets", "/%61pi/datasets", "/api/datasets/");
    }
}
