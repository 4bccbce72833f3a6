package dev.slmworkbench.sandbox;

import dev.slmworkbench.sandbox.problem.SandboxProblem;
import dev.slmworkbench.sandbox.runs.Simulator;
import dev.slmworkbench.sandbox.seed.SandboxSeeder;
import dev.slmworkbench.sandbox.store.SandboxStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/** Owns the sandbox's store and simulator; creates them only when the sandbox is active. */
@Singleton
public class SandboxRuntime {

    private static final Logger LOG = Logger.getLogger(SandboxRuntime.class);

    private final SandboxActivation activation;
    private final SandboxConfig config;
    private volatile SandboxStore store;
    private volatile Simulator simulator;

    public SandboxRuntime(SandboxActivation activation, SandboxConfig config) {
        this.activation = activation;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (activation.active()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        Simulator running = simulator;
        if (running != null) {
            running.shutdown();
        }
    }

    public SandboxStore store() {
        return start().store;
    }

    public Simulator simulator() {
        return start().simulator;
    }

    private synchronized SandboxRuntime start() {
        if (!activation.active()) {
            // The gate filter answers first; this only guards against wiring mistakes
            throw new SandboxProblem(404, "Not found", "The sandbox is off.", List.of());
        }
        if (store == null) {
            try {
                SandboxStore opened = new SandboxStore(Path.of(config.dataDir()));
                if (config.seed() && opened.isEmpty()) {
                    new SandboxSeeder(opened).seed();
                }
                Simulator sim = new Simulator(opened, config.runDuration());
                sim.resumeUnfinished();
                simulator = sim;
                store = opened;
                LOG.infof("Sandbox Training API active at /sandbox/v1 (data in %s)", config.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("The sandbox could not open its data directory", e);
            }
        }
        return this;
    }
}
