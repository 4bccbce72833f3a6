package dev.slmworkbench.api.evaluations;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.contains;

import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Metric columns sort on every list shape the contract allows: a Training API that pages and sorts
 * is asked to sort; one that pages but refuses the metric key, and one that answers a bare array,
 * are sorted here; a search over names sorts its matches too. Evaluations without the value go last.
 */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class EvaluationSortTest extends EvaluationTestBase {

    EvaluationSortTest() {
        super("s");
    }

    /** Accuracies 0.5, 0.9, 0.7, none; F1 follows; evaluation loss (from the statistics) 1.2, 0.4, 0.8, none. */
    private List<String> rows() {
        double[] accuracy = {0.5, 0.9, 0.7, Double.NaN};
        double[] loss = {1.2, 0.4, 0.8, Double.NaN};
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < accuracy.length; i++) {
            String metrics = Double.isNaN(accuracy[i]) ? "{}"
                    : "{\"accuracy\":%s,\"f1\":%s,\"perplexity\":%s}".formatted(accuracy[i], accuracy[i] - 0.05, 1 + loss[i]);
            String stats = Double.isNaN(loss[i]) ? "{\"gpu\":\"A10G\"}"
                    : "{\"finalEvalLoss\":%s,\"learningRate\":0.0002,\"epochs\":3,\"batchSize\":%d}".formatted(loss[i], 8 * (i + 1));
            rows.add("""
                    {"id":"%sev%d","experimentId":"%sx%d","modelId":"%sm","datasetId":"%sd","createdAt":"2026-11-0%dT00:00:00Z",
                     "metrics":%s,"trainingStats":%s}""".formatted(p, i, p, i, p, p, i + 1, metrics, stats));
        }
        stubs.experiment(p + "x0", "Alpha run", p + "b", p + "d0", p + "d");
        stubs.experiment(p + "x1", "Beta run", p + "b", p + "d0", p + "d");
        stubs.experiment(p + "x2", "Alpha two", p + "b", p + "d0", p + "d");
        stubs.experiment(p + "x3", "Gamma", p + "b", p + "d0", p + "d");
        stubs.model(p + "m", "Tuned", "fine_tuned");
        stubs.dataset(p + "d", "Held out");
        return rows;
    }

    @Test
    void aBareArrayUpstreamIsSortedByEachMetricHereWithMissingValuesLast() {
        stubs.evaluations("[" + String.join(",", rows()) + "]");
        expect("-accuracy", 1, 2, 0, 3);
        expect("accuracy", 0, 2, 1, 3);
        expect("-f1", 1, 2, 0, 3);
        expect("perplexity", 1, 2, 0, 3);
        expect("evalLoss", 1, 2, 0, 3);
        expect("-evalLoss", 0, 2, 1, 3);
        // paged after sorting
        app().get("/api/evaluations?sort=-accuracy&offset=1&limit=2").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(4))
                .body("items.id", contains(p + "ev2", p + "ev0"));
        // the row's optional columns come from the statistics, null where not reported
        app().get("/api/evaluations?sort=-accuracy").then().statusCode(200)
                .body("items[0].evalLoss", org.hamcrest.Matchers.equalTo(0.4f))
                .body("items[0].learningRate", org.hamcrest.Matchers.equalTo(2.0E-4f))
                .body("items[0].epochs", org.hamcrest.Matchers.equalTo(3.0f))
                .body("items[0].batchSize", org.hamcrest.Matchers.equalTo(16.0f))
                .body("items[3].evalLoss", org.hamcrest.Matchers.nullValue())
                .body("items[3].batchSize", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aPagedUpstreamThatSortsIsAskedToSortAndItsOrderIsKept() {
        List<String> rows = rows();
        // The upstream's own order (it sorted): the BFF must not reorder a page it was given.
        stubs.evaluations(EvaluationStubs.page(List.of(rows.get(1), rows.get(2), rows.get(0), rows.get(3)), 4));
        app().get("/api/evaluations?sort=-accuracy&limit=10").then().statusCode(200)
                .body("items.id", contains(p + "ev1", p + "ev2", p + "ev0", p + "ev3"));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/evaluations"))
                .withQueryParam("sort", equalTo("-accuracy")).withQueryParam("limit", equalTo("10")));
    }

    @Test
    void aPagedUpstreamThatRefusesTheMetricKeyIsSortedHereFromAScan() {
        List<String> rows = rows();
        upstream.stubFor(get(urlPathEqualTo("/v1/evaluations")).willReturn(okJson(EvaluationStubs.page(rows, 4))));
        upstream.stubFor(get(urlPathEqualTo("/v1/evaluations")).withQueryParam("sort", equalTo("-accuracy"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\":\"Invalid list parameters\",\"status\":400,"
                                + "\"errors\":[{\"field\":\"sort\",\"message\":\"must be one of createdAt, id\"}]}")));
        app().get("/api/evaluations?sort=-accuracy&limit=3").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(4))
                .body("items.id", contains(p + "ev1", p + "ev2", p + "ev0"));
        // the scan asked for the default order, never the refused key again
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/evaluations")).withQueryParam("sort", equalTo("-accuracy")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/evaluations"))
                .withQueryParam("sort", equalTo("-createdAt")).withQueryParam("limit", equalTo("500")));
    }

    @Test
    void aSearchOverNamesSortsItsMatchesByAMetric() {
        stubs.evaluations(EvaluationStubs.page(rows(), 4));
        app().get("/api/evaluations?q=alpha&sort=-accuracy").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(2))
                .body("items.id", contains(p + "ev2", p + "ev0"));
        app().get("/api/evaluations?q=ALPHA&sort=accuracy").then().statusCode(200)
                .body("items.id", contains(p + "ev0", p + "ev2"));
        app().get("/api/evaluations?q=run&sort=evalLoss").then().statusCode(200)
                .body("items.id", contains(p + "ev1", p + "ev0"));
    }

    @Test
    void aSortKeyThatIsNotAFieldNameIsA400NamingIt() {
        app().get("/api/evaluations?sort=metrics.accuracy").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("sort"))
                .body("detail", org.hamcrest.Matchers.notNullValue());
        upstream.verify(0, getRequestedFor(urlPathEqualTo("/v1/evaluations")));
    }

    /** The list sorted so answers the rows in this order (by their index). */
    private void expect(String sort, int... order) {
        app().get("/api/evaluations?sort=" + sort).then().statusCode(200).body("items.id",
                contains(java.util.Arrays.stream(order).mapToObj(i -> p + "ev" + i).toArray()));
    }
}
