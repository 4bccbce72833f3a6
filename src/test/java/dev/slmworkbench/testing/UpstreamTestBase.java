package dev.slmworkbench.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.slmworkbench.training.NameCache;
import dev.slmworkbench.training.contract.TrainingClient;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * Where a test against the fake Training API ({@link WireMockUpstream}) starts: its stubs and
 * journal emptied, and the breaker closed (an earlier test's failures must not refuse this one's
 * calls). Runs before the test class's own {@code @BeforeEach} methods.
 */
public abstract class UpstreamTestBase {

    @Inject
    protected TrainingClient training;

    @Inject
    protected NameCache names;

    protected final WireMockServer upstream = WireMockUpstream.server();

    @BeforeEach
    protected void resetUpstream() {
        upstream.resetAll();
        training.resetBreaker();
        // Names learnt for an earlier test's stubs must not answer this one's.
        names.forget();
    }
}
