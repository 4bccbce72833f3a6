package dev.slmworkbench.sandbox;

import io.smallrye.config.ConfigMapping;
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
}
