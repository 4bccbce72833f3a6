package dev.slmworkbench.sandbox.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.sandbox.SandboxActivation;
import dev.slmworkbench.sandbox.SandboxConfig;
import dev.slmworkbench.sandbox.TestSandboxConfig;
import dev.slmworkbench.sandbox.SandboxRuntime;
import dev.slmworkbench.sandbox.model.Dataset;
import dev.slmworkbench.sandbox.model.DatasetFormat;
import dev.slmworkbench.sandbox.model.DatasetType;
import dev.slmworkbench.sandbox.model.Model;
import dev.slmworkbench.sandbox.model.ModelType;
import dev.slmworkbench.sandbox.problem.SandboxProblem;
import dev.slmworkbench.sandbox.problem.SandboxProblemMapper;
import dev.slmworkbench.sandbox.store.SandboxStore;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At most max-active-runs experiments are queued or running; the next create is a 429 with a sentence. */
class ActiveRunLimitTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private SandboxRuntime runtime;
    private ExperimentService service;

    private SandboxConfig config(int maxActiveRuns) {
        return new TestSandboxConfig(dir, false, maxActiveRuns);
    }

    @BeforeEach
    void start() {
        SandboxConfig config = config(2);
        runtime = new SandboxRuntime(new SandboxActivation(Optional.empty()), config);
        service = new ExperimentService(runtime, config);
        SandboxStore store = runtime.store();
        store.putModel(new Model("base", "Base", ModelType.BASE, "1", "LlamaForCausalLM", 1L, T, true, null, Map.of(),
                null, null, null));
        store.putDataset(new Dataset("train", "T", null, DatasetType.TRAINING, DatasetFormat.CSV, "t.csv", 1, 4L, T, null));
        store.putDataset(new Dataset("eval", "E", null, DatasetType.EVALUATION, DatasetFormat.CSV, "e.csv", 1, 4L, T, null));
    }

    @AfterEach
    void stop() {
        runtime.simulator().shutdown();
    }

    private static JsonNode body(String name) throws Exception {
        return new ObjectMapper().readTree("{\"name\":\"" + name + "\",\"baseModelId\":\"base\","
                + "\"trainingDatasetId\":\"train\",\"evaluationDatasetId\":\"eval\","
                + "\"config\":{\"learningRate\":0.0001,\"epochs\":1,\"batchSize\":4}}");
    }

    @Test
    void theThirdActiveRunIsRefusedWithRetryAfterUntilOneEnds() throws Exception {
        String first = service.create(body("One"), null).id();
        service.create(body("Two"), "key-2");
        int before = runtime.store().experiments().size();

        SandboxProblem refused = assertThrows(SandboxProblem.class, () -> service.create(body("Three"), "key-3"));
        assertEquals(429, refused.status());
        assertEquals("The sandbox already runs 2 experiments; wait for one to finish or cancel one.",
                refused.getMessage());
        assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 60,
                "Retry-After " + refused.retryAfterSeconds());
        assertEquals(before, runtime.store().experiments().size(), "nothing was created");
        assertTrue(runtime.store().idempotency("key-3").isEmpty(), "a refused create leaves its key unused");

        Response answer = new SandboxProblemMapper().map(refused);
        assertEquals(429, answer.getStatus());
        assertEquals(String.valueOf(refused.retryAfterSeconds()), answer.getHeaderString("Retry-After"));

        service.cancel(first);
        assertEquals("Three", service.create(body("Three"), "key-3").name());
    }
}
