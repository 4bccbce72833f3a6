package dev.slmworkbench.sandbox.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.sandbox.model.Dataset;
import dev.slmworkbench.sandbox.model.DatasetFormat;
import dev.slmworkbench.sandbox.model.DatasetType;
import dev.slmworkbench.sandbox.model.Experiment;
import dev.slmworkbench.sandbox.model.ExperimentConfig;
import dev.slmworkbench.sandbox.model.ExperimentStatus;
import dev.slmworkbench.sandbox.model.Model;
import dev.slmworkbench.sandbox.model.ModelType;
import dev.slmworkbench.sandbox.store.SandboxStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ticks change progress in memory; the experiments file is written on status changes and every few seconds. */
class SimulatorSavesTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private SandboxStore store;

    @BeforeEach
    void inputs() throws IOException {
        store = new SandboxStore(dir);
        store.putModel(new Model("base", "Base", ModelType.BASE, "1", "LlamaForCausalLM", 135_000_000L, T, true,
                null, Map.of(), null, null, null));
        store.putDataset(new Dataset("train", "T", null, DatasetType.TRAINING, DatasetFormat.CSV, "t.csv", 10, 40L, T, null));
    }

    private void queue(String id) {
        store.putExperiment(new Experiment(id, "Run " + id, null, null, ExperimentStatus.QUEUED, "base", "train",
                "eval", new ExperimentConfig(1e-4, 1, 8), T, T, List.of(), null, List.of(), 0.0, null)
                .transition(ExperimentStatus.QUEUED, T, "Queued"));
    }

    private static void await(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    private ExperimentStatus status(String id) {
        return store.experiment(id).orElseThrow().status();
    }

    private double progressOnDisk(String id) throws IOException {
        for (JsonNode e : new ObjectMapper().readTree(dir.resolve("metadata/experiments.json").toFile())) {
            if (e.path("id").asText().equals(id)) {
                return e.path("progress").asDouble();
            }
        }
        throw new AssertionError(id + " is not on disk");
    }

    @Test
    void ticksDoNotRewriteTheExperimentsFile() {
        List<String> ids = List.of("exp-a", "exp-b", "exp-c");
        ids.forEach(this::queue);
        long before = store.experimentFileWrites();
        Simulator simulator = new Simulator(store, Duration.ofMillis(500), Duration.ofHours(1));
        try {
            ids.forEach(simulator::start);
            await(() -> ids.stream().allMatch(id -> status(id) == ExperimentStatus.COMPLETED), "all runs completed");
        } finally {
            simulator.shutdown();
        }
        long writes = store.experimentFileWrites() - before;
        // Per run: started and completed. The ~70 progress ticks in between write nothing.
        assertTrue(writes <= 2 * ids.size(), "the experiments file was written " + writes + " times");
    }

    @Test
    void progressReachesTheDiskEveryIntervalAndAtShutdown() throws IOException {
        queue("exp-slow");
        Simulator simulator = new Simulator(store, Duration.ofSeconds(10), Duration.ofMillis(50));
        try {
            simulator.start("exp-slow");
            await(() -> store.experiment("exp-slow").orElseThrow().progress() > 0, "progress rose in memory");
            await(() -> {
                try {
                    return progressOnDisk("exp-slow") > 0;
                } catch (IOException e) {
                    return false;
                }
            }, "progress was written");
        } finally {
            simulator.shutdown();
        }
        assertEquals(store.experiment("exp-slow").orElseThrow().progress(), progressOnDisk("exp-slow"),
                "the last progress is written at shutdown");
    }
}
