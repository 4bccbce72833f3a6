package dev.slmworkbench.sandbox.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.sandbox.model.Dataset;
import dev.slmworkbench.sandbox.model.DatasetFormat;
import dev.slmworkbench.sandbox.model.DatasetType;
import dev.slmworkbench.sandbox.model.Experiment;
import dev.slmworkbench.sandbox.model.ExperimentConfig;
import dev.slmworkbench.sandbox.model.ExperimentStatus;
import dev.slmworkbench.sandbox.model.Model;
import dev.slmworkbench.sandbox.model.ModelType;
import dev.slmworkbench.sandbox.model.StatusChange;
import dev.slmworkbench.sandbox.store.SandboxStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that was running when the sandbox stopped carries on after the next start. */
class SimulatorResumeTest {

    @TempDir
    Path dir;

    @Test
    void aRunningExperimentResumesAndCompletesAfterARestart() throws IOException {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        SandboxStore before = new SandboxStore(dir);
        before.putModel(new Model("base", "Base", ModelType.BASE, "1", "LlamaForCausalLM", 135_000_000L, t, true,
                null, Map.of(), null, null, null));
        before.putDataset(new Dataset("train", "T", null, DatasetType.TRAINING, DatasetFormat.CSV, "t.csv", 10, 40L, t, null));
        before.putExperiment(new Experiment("exp-r", "Resumed", null, null, ExperimentStatus.QUEUED, "base", "train",
                "eval", new ExperimentConfig(1e-4, 1, 8), t, t, List.of(), null, List.of(), 0.0, null)
                .transition(ExperimentStatus.QUEUED, t, "Queued")
                .transition(ExperimentStatus.RUNNING, t, "Started")
                .withProgress(0.6, t));

        SandboxStore after = new SandboxStore(dir);
        Simulator simulator = new Simulator(after, Duration.ofMillis(500));
        try {
            simulator.resumeUnfinished();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (after.experiment("exp-r").orElseThrow().status() != ExperimentStatus.COMPLETED
                    && System.nanoTime() < deadline) {
                LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            }
        } finally {
            simulator.shutdown();
        }
        Experiment done = after.experiment("exp-r").orElseThrow();
        assertEquals(ExperimentStatus.COMPLETED, done.status());
        List<String> messages = done.statusHistory().stream().map(StatusChange::message).toList();
        assertTrue(messages.contains("Resumed after a sandbox restart"), messages.toString());
        assertEquals(done, new SandboxStore(dir).experiment("exp-r").orElseThrow(), "the result is on disk");
    }
}
