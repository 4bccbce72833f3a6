package dev.slmworkbench.sandbox.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.sandbox.model.Dataset;
import dev.slmworkbench.sandbox.model.DatasetFormat;
import dev.slmworkbench.sandbox.model.DatasetType;
import dev.slmworkbench.sandbox.model.Evaluation;
import dev.slmworkbench.sandbox.model.Experiment;
import dev.slmworkbench.sandbox.model.ExperimentConfig;
import dev.slmworkbench.sandbox.model.ExperimentStatus;
import dev.slmworkbench.sandbox.model.IdempotencyRecord;
import dev.slmworkbench.sandbox.model.LossPoint;
import dev.slmworkbench.sandbox.model.Metrics;
import dev.slmworkbench.sandbox.model.Model;
import dev.slmworkbench.sandbox.model.ModelType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxStoreTest {

    @TempDir
    Path dir;

    private static final Instant T = Instant.parse("2026-01-02T03:04:05.678Z");

    private static Experiment experiment(String id, String name) {
        return new Experiment(id, name, "d", null, ExperimentStatus.QUEUED, "base", "train", "eval",
                new ExperimentConfig(2e-4, 2, 8), T, T, List.of(), null, List.of(), 0.0, null)
                .transition(ExperimentStatus.QUEUED, T, "Queued");
    }

    @Test
    void everythingSurvivesARestart() throws IOException {
        SandboxStore first = new SandboxStore(dir);
        first.putDataset(new Dataset("ds-1", "Data", null, DatasetType.TRAINING, DatasetFormat.CSV, "d.csv", 10,
                null, T, null));
        first.putModel(new Model("base", "Base", ModelType.BASE, "1", "LlamaForCausalLM", 135_000_000L, T, true,
                null, Map.of("contextLength", 8192, "license", "Apache-2.0"), null, null, null));
        Experiment running = experiment("exp-1", "Run").transition(ExperimentStatus.RUNNING, T, "Started");
        first.createExperiment(running, new IdempotencyRecord("key-1", "ab".repeat(32), "exp-1", Instant.now()), 20);
        first.finishRun("exp-1", (e, version) -> new CompletedRun(
                e.transition(ExperimentStatus.COMPLETED, T, "Done").withResult("mdl-1", List.of("ev-1")),
                new Model("mdl-1", e.name(), ModelType.FINE_TUNED, version, "LlamaForCausalLM", 1L, T, true, null,
                        Map.of(), "base", e.id(), null),
                new Evaluation("ev-1", e.id(), "mdl-1", "eval", T, new Metrics(0.5, 0.4, 3.2),
                        List.of(new LossPoint(1, 0.5, 2.0, 1.9)), Map.of("gpu", "simulated", "totalSteps", 1))));

        SandboxStore second = new SandboxStore(dir);
        assertEquals(first.datasets(), second.datasets());
        assertEquals(first.models(), second.models());
        assertEquals(first.experiments(), second.experiments());
        assertEquals(first.evaluations(), second.evaluations());
        assertEquals(first.idempotency("key-1"), second.idempotency("key-1"));
        assertTrue(second.dataset("ds-1").orElseThrow().rowCount() == null);
        assertEquals(ExperimentStatus.COMPLETED, second.experiment("exp-1").orElseThrow().status());
        assertEquals(List.of("ev-1"), second.evaluationIdsOfModel("mdl-1"));
        assertEquals(8192, second.model("base").orElseThrow().metadata().get("contextLength"));
    }

    @Test
    void recordsThatKeptWholeBodiesAreDroppedOnStart() throws IOException {
        Path legacy = dir.resolve("metadata").resolve("idempotency-keys.json");
        Files.createDirectories(legacy.getParent());
        Files.writeString(legacy, "[{\"key\":\"k\",\"request\":{\"name\":\"" + "x".repeat(10_000) + "\"}}]");
        SandboxStore store = new SandboxStore(dir);
        assertFalse(Files.exists(legacy));
        assertTrue(store.idempotency("k").isEmpty());
    }

    @Test
    void versionsRiseAndOnlyTheNewestIsLatest() throws IOException {
        SandboxStore store = new SandboxStore(dir);
        for (int i = 1; i <= 3; i++) {
            String id = "exp-" + i;
            store.putExperiment(experiment(id, "Same name").transition(ExperimentStatus.RUNNING, T, "Started"));
            store.finishRun(id, (e, version) -> new CompletedRun(e.transition(ExperimentStatus.COMPLETED, T, "Done"),
                    new Model("mdl-" + e.id(), e.name(), ModelType.FINE_TUNED, version, "A", 1L, T, true, null,
                            Map.of(), "base", e.id(), null),
                    new Evaluation("ev-" + e.id(), e.id(), "mdl-" + e.id(), "eval", T, new Metrics(null, null, null),
                            List.of(), Map.of())));
        }
        assertEquals("3", store.model("mdl-exp-3").orElseThrow().version());
        assertEquals(List.of("mdl-exp-3"), store.models().stream().filter(Model::latest).map(Model::id).toList());
    }

    @Test
    void aCancelledRunIsNotFinished() throws IOException {
        SandboxStore store = new SandboxStore(dir);
        store.putExperiment(experiment("exp-1", "Run").transition(ExperimentStatus.CANCELLED, T, "Cancelled"));
        assertTrue(store.finishRun("exp-1", (e, v) -> {
            throw new AssertionError("must not build results for a cancelled run");
        }).isEmpty());
        assertTrue(store.models().isEmpty());
    }

    @Test
    void aFailedWriteLeavesTheOldFileIntact() throws IOException {
        Path target = dir.resolve("state.json");
        AtomicFiles.write(target, out -> out.write("old".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new con".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temp file is left behind");
        }
    }

    @Test
    void leftoverTempFilesOfACrashAreRemovedOnStart() throws IOException {
        new SandboxStore(dir).putDataset(new Dataset("ds-1", "Data", null, DatasetType.TRAINING, DatasetFormat.CSV,
                "d.csv", 1, 0L, T, null));
        Path leftover = dir.resolve("metadata").resolve(".datasets.json123.tmp");
        Files.writeString(leftover, "[{\"id\":");
        SandboxStore restarted = new SandboxStore(dir);
        assertFalse(Files.exists(leftover));
        assertEquals(1, restarted.datasets().size());
    }
}
