package dev.slmworkbench.training.contract;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How the BFF talks to the Training API. Every entry has an environment variable (see README). */
@ConfigMapping(prefix = "training-api")
public interface TrainingApiConfig {

    /** Base URL of an external Training API; absent means the embedded sandbox answers. */
    Optional<String> url();

    /** Bearer token sent to an external Training API; the embedded sandbox gets its own. */
    Optional<String> token();

    /** Longest wait for a connection to the Training API. */
    @WithDefault("2000")
    long connectTimeoutMs();

    /** Longest wait for an answer once connected. */
    @WithDefault("10000")
    long readTimeoutMs();

    /** How many times a failed GET is tried again (POSTs never are). */
    @WithDefault("2")
    int maxRetries();

    /** First pause between two tries; each later pause doubles. */
    @WithDefault("200ms")
    Duration retryDelay();

    /** The breaker opens when this share of the last {@link #breakerWindow()} calls failed. */
    @WithDefault("0.5")
    double breakerFailureRatio();

    @WithDefault("10")
    int breakerWindow();

    /** How long the breaker stays open before it lets one call through to test the upstream. */
    @WithDefault("10s")
    Duration breakerDelay();

    /** Connections kept open to the Training API; calls beyond them wait in a queue, not on a thread. */
    @WithDefault("500")
    int connectionPoolSize();

    /**
     * Identical reads within this window after an answer arrived share it (0 keeps nothing beyond
     * the calls in flight). Launches and cancels drop what they change at once.
     */
    @WithDefault("1s")
    Duration readCacheWindow();

    /**
     * When the upstream answers a collection's list reads with a bare array of every item, the
     * array is fetched once and kept this long for every read of that collection (counts, filters,
     * pages), shaped here. Launches and cancels drop it at once. Paged upstreams are not affected.
     */
    @WithDefault("5s")
    Duration bareListCacheWindow();

    /**
     * A launch repeated with the same Idempotency-Key and body within this time gets the first
     * answer from this pod without a second upstream POST (the Training API enforces the key beyond).
     */
    @WithDefault("10m")
    Duration launchReplayWindow();

    /** How long a model's or dataset's name is remembered for the experiments table. */
    @WithDefault("30s")
    Duration nameCacheTtl();

    /**
     * The most of one JSON answer that is read, counted as its bytes arrive (error answers: at most
     * 1 MiB). Past it the call ends with a 502 that says so; dataset files are streamed, never capped.
     */
    @WithDefault("32M")
    MemorySize maxAnswerSize();

    /** The most items one sweep for names reads of a list (500 a page). */
    @WithDefault("5000")
    int nameListMaxItems();

    /** The most names asked one by one for one request; the rest show their id until a later request. */
    @WithDefault("20")
    int nameLookupsPerRequest();

    /** The most loss-curve points one evaluation may have; a longer curve is a 502 that says so. */
    @WithDefault("200000")
    int maxCurvePoints();

    /**
     * How a dataset file reaches the browser: {@code direct} past Vert.x's copies (the fast way,
     * which reaches into Vert.x internals), or {@code pipe} through Vert.x's public streams, for
     * when a Vert.x upgrade breaks the direct way.
     */
    @WithDefault("direct")
    DownloadRelay downloadRelay();

    /** True when no external Training API is configured and the embedded sandbox answers. */
    default boolean sandbox() {
        return url().map(String::isBlank).orElse(true);
    }
}
