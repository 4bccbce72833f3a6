package dev.slmworkbench.api.datasets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.slmworkbench.testing.UpstreamTestBase;
import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A preview that cannot be shown says where the file stops reading as its format (issue 20, item 4). */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class PreviewErrorsTest extends UpstreamTestBase {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "jsonl|{\"a\":\"x\"}\\n{\"a\":\"y\"}\\n{\"a\": oops}\\n|This dataset is not valid JSON Lines at line 3, character 7, so no preview can be shown. Fix the file there and upload it again.",
            "json|[{\"a\":\"x\"},\\n{\"a\" \"y\"}]|This dataset is not a valid JSON array of records at line 2, character 6, so no preview can be shown. Fix the file there and upload it again.",
    })
    void theLineAndCharacterAreNamed(String format, String file, String detail) {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/p-" + format)).willReturn(okJson(
                "{\"id\":\"p-" + format + "\",\"name\":\"P\",\"type\":\"training\",\"format\":\"" + format + "\","
                        + "\"fileName\":\"p." + format + "\",\"sizeBytes\":10,\"rowCount\":3,\"createdAt\":\"2026-11-01T00:00:00Z\"}")));
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/p-" + format + "/download")).willReturn(aResponse()
                .withHeader("Content-Type", "application/octet-stream")
                .withBody(file.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8))));

        given().get("/api/datasets/p-" + format + "/preview").then().statusCode(422)
                .body("title", equalTo("Preview not available")).body("detail", equalTo(detail));
    }
}
