package dev.slmworkbench.sandbox;

import dev.slmworkbench.sandbox.problem.SandboxProblem;
import dev.slmworkbench.sandbox.runs.Simulator;
import dev.slmworkbench.sandbox.seed.SandboxSeeder;
import dev.slmworkbench.sandbox.store.SandboxStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Owns the sandbox's store, simulator and executor; creates them only when the sandbox is active.
 * A data directory that cannot be used does not stop the app: the sandbox answers 503 and
 * readiness says why, until the directory works again.
 */
@Singleton
public class SandboxRuntime {

    private static final Logger LOG = Logger.getLogger(SandboxRuntime.class);

    private final SandboxActivation activation;
    private final SandboxConfig config;
    private volatile SandboxExecutor executor;
    private volatile SandboxStore store;
    private volatile Simulator simulator;
    private volatile String failure;

    public SandboxRuntime(SandboxActivation activation, SandboxConfig config) {
        this.activation = activation;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (activation.active()) {
            tryStart();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        Simulator running = simulator;
        if (running != null) {
            running.shutdown();
        }
        SandboxExecutor pool = executor;
        if (pool != null) {
            pool.shutdown();
        }
    }

    /** Runs blocking sandbox work on the sandbox's own threads, with the store at hand. */
    public <T> Uni<T> call(Function<SandboxStore, T> work) {
        return executor().submit(() -> work.apply(store()));
    }

    public SandboxStore store() {
        return start().store;
    }

    public Simulator simulator() {
        return start().simulator;
    }

    /** Empty when the store can be used; otherwise why not, in a sentence. Blocking (touches the disk). */
    public Optional<String> problem() {
        if (!activation.active()) {
            return Optional.empty();
        }
        tryStart();
        if (store == null) {
            return Optional.of(failure);
        }
        Path metadata = Path.of(config.dataDir()).resolve("metadata");
        if (!Files.isDirectory(metadata) || !Files.isWritable(metadata)) {
            return Optional.of("The sandbox's data directory is gone or not writable.");
        }
        return Optional.empty();
    }

    synchronized SandboxExecutor executor() {
        if (executor == null) {
            executor = new SandboxExecutor(config.threads(), config.queue());
        }
        return executor;
    }

    private void tryStart() {
        try {
            start();
        } catch (SandboxProblem e) {
            // Already recorded in failure; readiness and every request say so.
        }
    }

    private synchronized SandboxRuntime start() {
        if (!activation.active()) {
            // The gate answers first; this only guards against wiring mistakes
            throw new SandboxProblem(404, "Not found", "The sandbox is off.", List.of());
        }
        if (store == null) {
            try {
                SandboxStore opened = new SandboxStore(Path.of(config.dataDir()), config.idempotencyTtl(),
                        config.idempotencyMax(), Clock.systemUTC());
                if (config.seed() && opened.isEmpty()) {
                    new SandboxSeeder(opened).seed();
                }
                Simulator sim = new Simulator(opened, config.runDuration());
                sim.resumeUnfinished();
                simulator = sim;
                store = opened;
                failure = null;
                LOG.infof("Sandbox Training API active at /sandbox/v1 (data in %s)", config.dataDir());
            } catch (IOException | RuntimeException e) {
                if (failure == null) {
                    LOG.errorf("The sandbox cannot use its data directory %s: %s", config.dataDir(), e.toString());
                }
                failure = "The sandbox cannot use its data directory (SANDBOX_DATA_DIR): it could not be created, "
                        + "read or written.";
                throw new SandboxProblem(503, "Sandbox unavailable", failure + " Ask an administrator to check it.",
                        List.of());
            }
        }
        return this;
    }
}
