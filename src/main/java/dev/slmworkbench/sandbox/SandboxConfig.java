package dev.slmworkbench.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the embedded Training API; read only while it is active. */
@ConfigMapping(prefix = "sandbox")
public interface SandboxConfig {

    /** Where uploaded files and metadata live. */
    String dataDir();

    /** Whether an empty store gets example models, datasets and a finished experiment. */
    boolean seed();

    /** How long a simulated run takes from queued to finished. */
    Duration runDuration();

    /** The bearer token every sandbox request must carry (the BFF's client sends it). */
    String token();

    /** How long an Idempotency-Key is remembered. */
    @WithDefault("24h")
    Duration idempotencyTtl();

    /** How many Idempotency-Keys are remembered at most; the oldest are forgotten first. */
    @WithDefault("10000")
    int idempotencyMax();

    /** Queued or running simulated runs at most; beyond it a create answers 429. */
    @WithDefault("20")
    int maxActiveRuns();

    /** Threads of the sandbox's own executor for its blocking work (store locks, disk, row counting). */
    @WithDefault("4")
    int threads();

    /** Requests that may wait for one of those threads; beyond it the sandbox answers 503 at once. */
    @WithDefault("10000")
    int queue();

    /** How often the upload spool is swept for files of uploads that broke off. */
    @WithDefault("5m")
    Duration spoolSweepInterval();
}
