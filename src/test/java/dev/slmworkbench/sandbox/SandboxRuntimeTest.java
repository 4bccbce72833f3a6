package dev.slmworkbench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.sandbox.problem.SandboxProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory that cannot be used: the app still starts, the sandbox says why and is not ready. */
class SandboxRuntimeTest {

    @TempDir
    Path temp;

    @Test
    void anUnusableDataDirectoryIsA503AndNotReadyThenRecovers() throws Exception {
        Path blocker = Files.writeString(temp.resolve("not-a-directory"), "x");
        Path dataDir = blocker.resolve("sandbox");
        SandboxActivation on = new SandboxActivation(Optional.empty());
        SandboxRuntime runtime = new SandboxRuntime(on, config(dataDir));
        runtime.onStart(null);

        SandboxProblem refused = assertThrows(SandboxProblem.class, runtime::store);
        assertEquals(503, refused.status());
        assertTrue(refused.getMessage().contains("SANDBOX_DATA_DIR"), refused.getMessage());
        HealthCheckResponse ready = new SandboxReadiness(on, runtime).call().await().atMost(Duration.ofSeconds(5));
        assertEquals(HealthCheckResponse.Status.DOWN, ready.getStatus());

        // The operator fixes the directory: the sandbox opens on the next request, no restart needed.
        Files.delete(blocker);
        assertTrue(runtime.problem().isEmpty());
        ready = new SandboxReadiness(on, runtime).call().await().atMost(Duration.ofSeconds(5));
        assertEquals(HealthCheckResponse.Status.UP, ready.getStatus());
        assertFalse(runtime.store().datasets().isEmpty(), "seeded once usable");
        runtime.onStop(null);
    }

    private static SandboxConfig config(Path dataDir) {
        return new TestSandboxConfig(dataDir, true, 20);
    }
}
