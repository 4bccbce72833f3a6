package dev.slmworkbench.api.evaluations;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.slmworkbench.testing.WireMockUpstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Names for a few thousand rows cost a few list calls, not one call per id: the case
 * (evaluations whose experiments, models and datasets are outside the newest 500 of each list)
 * made 15,014 upstream calls for one facets request.
 */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class NamesInBulkTest extends EvaluationTestBase {

    /** Evaluations, each with an experiment, a model and a dataset of its own. */
    private static final int ROWS = 1_200;
    /** Items of each list newer than any the evaluations name. */
    private static final int NEWER = 600;

    NamesInBulkTest() {
        super("nb");
    }

    @Test
    void thousandsOfNamesCostAFewListCalls() {
        List<String> evaluations = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            evaluations.add(ev(i, "x" + i, "m" + i, "d" + i));
        }
        for (int offset = 0; offset < ROWS; offset += 500) {
            upstream.stubFor(get(urlPathEqualTo("/v1/evaluations")).withQueryParam("offset", equalTo("" + offset))
                    .willReturn(okJson(EvaluationStubs.page(evaluations.subList(offset, Math.min(ROWS, offset + 500)), ROWS))));
        }
        // Each list: NEWER items first, then the ones the evaluations name; the last 100 of those
        // are past what one sweep reads (NEWER + ROWS - 100 = 1,700 items of a 1,800-item list).
        list("experiments", i -> """
                {"id":"%sx%d","name":"Run %d","status":"completed","createdAt":"2026-11-01T00:00:00Z"}""".formatted(p, i, i));
        list("models", i -> EvaluationStubs.model(p + "m" + i, "Model " + i, "fine_tuned", true));
        list("datasets", i -> """
                {"id":"%sd%d","name":"Set %d","type":"evaluation","createdAt":"2026-11-01T00:00:00Z"}""".formatted(p, i, i));
        upstream.stubFor(get(urlPathMatching("/v1/(experiments|models|datasets)/.+")).willReturn(okJson("{}").withStatus(404)));

        JsonPath facets = app().get("/api/evaluations/facets").then().statusCode(200).extract().jsonPath();

        // 3 pages of evaluations, 4 pages of each list (500 a page, 1,700 items), 20 single lookups of each.
        // Counted by what this test asks (a name refresh an earlier test left running may land here too).
        var calls = upstream.findAll(anyRequestedFor(anyUrl()));
        long pages = calls.stream().filter(r -> r.getUrl().contains("limit=500")).count();
        long singles = calls.stream().filter(r -> r.getUrl().contains("/" + p)).count();
        assertThat(pages, lessThanOrEqualTo(3L + 3 * 4));
        assertThat(singles, lessThanOrEqualTo(3L * 20));
        upstream.verify(20, getRequestedFor(urlPathMatching("/v1/experiments/.+")));
        assertEquals(ROWS, facets.getList("experiments").size());
        // Named: the 1,100 the sweep found (20 more were asked singly: not found, so they show their id).
        Map<String, String> experiments = options(facets, "experiments");
        assertEquals(1_100, experiments.size());
        assertEquals("Run 0", experiments.get(p + "x0"));
        assertEquals("Run 1099", experiments.get(p + "x1099"));
        // Past the sweep and past this request's 20 single lookups: the id shows.
        assertNull(experiments.get(p + "x1199"));
        assertEquals("Model 7", options(facets, "models").get(p + "m7"));
        assertEquals("Set 1050", options(facets, "datasets").get(p + "d1050"));

        // Within the names' time, the same request asks for no name again but the next 20 unknown ones.
        upstream.resetRequests();
        app().get("/api/evaluations/facets").then().statusCode(200);
        upstream.verify(0, getRequestedFor(urlPathEqualTo("/v1/experiments")));
        upstream.verify(20, getRequestedFor(urlPathMatching("/v1/experiments/.+")));
    }

    @Test
    void aNamePastItsTimeIsShownWhileItIsRefreshedInTheBackground() throws Exception {
        names.ttl(java.time.Duration.ofMillis(300));
        stubs.evaluations(EvaluationStubs.page(List.of(ev(1, "x1", "m1", "d1")), 1));
        stubs.experiment(p + "x1", "Old name", p + "m1", p + "d1", p + "d1");
        stubs.model(p + "m1", "Model", "fine_tuned");
        stubs.dataset(p + "d1", "Set");
        assertEquals("Old name", experimentName());

        stubs.experiment(p + "x1", "New name", p + "m1", p + "d1", p + "d1");
        // Had the request waited for the name, it would show the new one.
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments/" + p + "x1")).willReturn(okJson("""
                {"id":"%sx1","name":"New name","status":"completed","createdAt":"2026-11-01T00:00:00Z"}""".formatted(p))
                .withFixedDelay(200)));
        Thread.sleep(400);
        assertEquals("Old name", experimentName());
        Thread.sleep(700);
        assertEquals("New name", experimentName());
    }

    private String experimentName() {
        return app().get("/api/evaluations/facets").then().statusCode(200).extract().jsonPath()
                .getString("experiments[0].name");
    }

    /** A list of NEWER + ROWS items, newest first, paged as the contract says, its items made by {@code item}. */
    private void list(String collection, IntFunction<String> item) {
        int total = NEWER + ROWS;
        List<String> items = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            items.add(i < NEWER ? item.apply(100_000 + i).replace(p, p + "new-") : item.apply(i - NEWER));
        }
        for (int offset = 0; offset < total; offset += 500) {
            upstream.stubFor(get(urlPathEqualTo("/v1/" + collection)).withQueryParam("offset", equalTo("" + offset))
                    .willReturn(okJson(EvaluationStubs.page(items.subList(offset, Math.min(total, offset + 500)), total))));
        }
    }

    private static Map<String, String> options(JsonPath facets, String facet) {
        List<Map<String, String>> options = facets.getList(facet);
        return options.stream().collect(Collectors.toMap(o -> o.get("id"), o -> String.valueOf(o.get("name"))))
                .entrySet().stream().filter(e -> !"null".equals(e.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
