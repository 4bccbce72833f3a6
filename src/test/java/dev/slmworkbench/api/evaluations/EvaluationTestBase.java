package dev.slmworkbench.api.evaluations;

import static io.restassured.RestAssured.given;

import dev.slmworkbench.testing.UpstreamTestBase;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the evaluations tests share: a WireMock upstream reset per test, a closed breaker, and ids
 * of their own (names are cached app-wide for 30 s), each class with its own prefix.
 */
public abstract class EvaluationTestBase extends UpstreamTestBase {

    private static final AtomicInteger RUN = new AtomicInteger();

    public final EvaluationStubs stubs = new EvaluationStubs(upstream);
    private final String prefix;
    public String p;

    public EvaluationTestBase(String prefix) {
        this.prefix = prefix;
    }

    @BeforeEach
    void reset() {
        EvaluationStubs.warmUp();
        upstream.resetAll(); // the warm-up's calls are not this test's
        p = prefix + RUN.incrementAndGet() + "-";
    }

    protected static RequestSpecification app() {
        return given().header("X-Requested-With", "slm-workbench");
    }

    /** An evaluation of this test's ids, created on day {@code 1 + i % 28} of November. */
    protected String ev(int i, String experiment, String model, String dataset) {
        return EvaluationStubs.evaluation(p + "ev" + i, p + experiment, p + model, p + dataset,
                "2026-11-%02dT00:00:00Z".formatted(1 + i % 28), "");
    }
}
