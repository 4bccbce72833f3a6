package dev.slmworkbench.sandbox;

import java.nio.file.Path;
import java.time.Duration;

/** A sandbox configuration for plain JUnit tests: a data directory, seeding, and a run limit. */
public record TestSandboxConfig(Path dir, boolean seed, int maxActiveRuns) implements SandboxConfig {

    @Override
    public String dataDir() {
        return dir.toString();
    }

    @Override
    public Duration runDuration() {
        return Duration.ofSeconds(60);
    }

    @Override
    public String token() {
        return "t";
    }

    @Override
    public Duration idempotencyTtl() {
        return Duration.ofHours(24);
    }

    @Override
    public int idempotencyMax() {
        return 100;
    }

    @Override
    public int threads() {
        return 1;
    }

    @Override
    public int queue() {
        return 10;
    }

    @Override
    public Duration spoolSweepInterval() {
        return Duration.ofMinutes(5);
    }
}
