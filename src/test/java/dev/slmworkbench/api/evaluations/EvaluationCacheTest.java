package dev.slmworkbench.api.evaluations;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.slmworkbench.testing.WireMockUpstream;
import dev.slmworkbench.training.Evaluation;
import dev.slmworkbench.training.Experiment;
import dev.slmworkbench.training.LossColumns;
import dev.slmworkbench.training.LossPoint;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A finished run's evaluation is read and parsed once, then answered from memory; the memory is bounded by curve points. */
@QuarkusTest
@WithTestResource(WireMockUpstream.class)
class EvaluationCacheTest extends EvaluationTestBase {

    EvaluationCacheTest() {
        super("c");
    }

    @Test
    void aFinishedRunsEvaluationIsReadFromTheTrainingApiOnce() {
        stubs.evaluationDetail(p + "ev", EvaluationStubs.evaluation(p + "ev", p + "x", p + "m", p + "d",
                "2026-11-02T00:00:00Z", EvaluationStubs.curve(5000, 50)));
        stubs.experiment(p + "x", "Finished", p + "b", p + "t", p + "d");
        String first = app().get("/api/evaluations/" + p + "ev").then().statusCode(200)
                .body("lossCurve.totalPoints", equalTo(5000)).extract().asString();
        for (int i = 0; i < 3; i++) {
            assertEquals(first, app().get("/api/evaluations/" + p + "ev").then().statusCode(200).extract().asString());
        }
        app().get("/api/evaluations/" + p + "ev?points=100").then().statusCode(200)
                .body("lossCurve.train.step.size()", org.hamcrest.Matchers.lessThanOrEqualTo(100));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/evaluations/" + p + "ev")));
    }

    @Test
    void anEvaluationOfARunNotKnownToBeFinishedIsReadEachTime() {
        stubs.evaluationDetail(p + "ev", EvaluationStubs.evaluation(p + "ev", p + "x", p + "m", p + "d",
                "2026-11-02T00:00:00Z", EvaluationStubs.curve(50, 5)));
        upstream.stubFor(get(urlPathEqualTo("/v1/experiments/" + p + "x")).willReturn(okJson("""
                {"id":"%sx","name":"Still going","status":"running","baseModelId":"b","trainingDatasetId":"t",
                 "evaluationDatasetId":"d","config":{"learningRate":0.0002,"epochs":3,"batchSize":8},
                 "createdAt":"2026-11-01T00:00:00Z","updatedAt":"2026-11-01T00:00:00Z","evaluationIds":[]}""".formatted(p))));
        stubs.evaluationDetail(p + "orphan", EvaluationStubs.evaluation(p + "orphan", p + "gone", p + "m", p + "d",
                "2026-11-02T00:00:00Z", ""));
        for (int i = 0; i < 2; i++) {
            app().get("/api/evaluations/" + p + "ev").then().statusCode(200);
            app().get("/api/evaluations/" + p + "orphan").then().statusCode(200);
        }
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/evaluations/" + p + "ev")));
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/evaluations/" + p + "orphan")));
    }

    @Test
    void theCacheHoldsAtMostItsBudgetOfPointsDroppingTheLeastRecentlyRead() {
        EvaluationCache cache = new EvaluationCache(1000);
        Experiment done = experiment("completed");
        cache.keepIfFinished(evaluation("a", 399), done);
        cache.keepIfFinished(evaluation("b", 399), done);
        assertEquals(800, cache.held());
        assertNotNull(cache.get("a")); // a is now the most recently read
        cache.keepIfFinished(evaluation("c", 399), done);
        assertEquals(800, cache.held());
        assertNull(cache.get("b"), "the least recently read went first");
        assertNotNull(cache.get("a"));
        assertNotNull(cache.get("c"));
        cache.keepIfFinished(evaluation("huge", 5000), done);
        assertNull(cache.get("huge"), "larger than the whole budget: not kept");
        assertEquals(800, cache.held());
        cache.keepIfFinished(evaluation("d", 10), experiment("running"));
        cache.keepIfFinished(evaluation("e", 10), experiment("paused-by-operator"));
        assertNull(cache.get("d"));
        assertNull(cache.get("e"), "an unknown status is not known to be finished");
        EvaluationCache off = new EvaluationCache(0);
        off.keepIfFinished(evaluation("a", 1), done);
        assertNull(off.get("a"));
    }

    @Test
    void aKeptEvaluationsThinnedCurveIsKeptWithItAndCountedInTheBudget() {
        EvaluationCache cache = new EvaluationCache(1000);
        Evaluation a = evaluation("a", 400);
        cache.keepIfFinished(a, experiment("completed"));
        var first = cache.thin(a, 100);
        org.junit.jupiter.api.Assertions.assertSame(first, cache.thin(a, 100), "thinned once");
        long withThinned = cache.held();
        org.junit.jupiter.api.Assertions.assertTrue(withThinned > 401 && withThinned <= 401 + 100, "counted: " + withThinned);
        // a curve not kept is thinned each time and costs the cache nothing
        Evaluation other = evaluation("other", 300);
        org.junit.jupiter.api.Assertions.assertNotSame(cache.thin(other, 100), cache.thin(other, 100));
        assertEquals(withThinned, cache.held());
        // dropping the evaluation drops its thinned copies too
        cache.keepIfFinished(evaluation("b", 700), experiment("completed"));
        assertNull(cache.get("a"));
        assertEquals(701, cache.held());
    }

    private static Evaluation evaluation(String id, int points) {
        List<LossPoint> curve = new ArrayList<>();
        for (int i = 1; i <= points; i++) {
            curve.add(new LossPoint(i, i / 100.0, 1.0 / i, null));
        }
        return new Evaluation(id, "x", "m", "d", Instant.EPOCH, null, LossColumns.of(curve), null);
    }

    private static Experiment experiment(String status) {
        return new Experiment("x", "run", null, null, status, "b", "t", "d", null, Instant.EPOCH, Instant.EPOCH,
                List.of(), null, List.of(), null, null);
    }
}
