package dev.slmworkbench.api.experiments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.slmworkbench.testing.Bodies;
import dev.slmworkbench.testing.UpstreamTestBase;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the experiments tests share: a WireMock upstream reset per test, ids of their own, stubs. */
abstract class ExperimentTestBase extends UpstreamTestBase {

    /** Names are cached app-wide for 30 s: every test uses ids of its own. */
    private static final AtomicInteger RUN = new AtomicInteger();

    String p;

    @BeforeEach
    void reset() {
        p = "t" + RUN.incrementAndGet() + "-";
    }

    @AfterEach
    void noReadCache() {
        training.readCacheWindow(Duration.ZERO);
    }

    static RequestSpecification app() {
        return given().header("X-Requested-With", "slm-workbench");
    }

    static String experiment(String id, String status, String model, String train, String eval, String extra) {
        return """
                {"id":"%s","name":"Run %s","status":"%s","baseModelId":"%s","trainingDatasetId":"%s",
                 "evaluationDatasetId":"%s","config":{"learningRate":0.0002,"epochs":3,"batchSize":8},
                 "createdAt":"2026-11-01T00:00:00Z","updatedAt":"2026-11-01T00:00:00Z","evaluationIds":[]%s}"""
                .formatted(id, id, status, model, train, eval, extra);
    }

    void stubModel(String id, String name, String type) {
        upstream.stubFor(get(urlPathEqualTo("/v1/models/" + id)).willReturn(okJson("""
                {"id":"%s","name":"%s","type":"%s","version":"1","architecture":"x","parameterCount":1,
                 "createdAt":"2026-01-01T00:00:00Z","latest":true,"metadata":{}}""".formatted(id, name, type))));
    }

    void stubDataset(String id, String name, String type) {
        upstream.stubFor(get(urlPathEqualTo("/v1/datasets/" + id)).willReturn(okJson(dataset(id, name, type))));
    }

    static String dataset(String id, String name, String type) {
        return """
                {"id":"%s","name":"%s","type":"%s","format":"csv","fileName":"f.csv","sizeBytes":1,"rowCount":1,
                 "createdAt":"2026-01-01T00:00:00Z"}""".formatted(id, name, type);
    }

    void stubExperiments(String body) {
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments")).willReturn(okJson(body)));
    }

}
