package dev.slmworkbench.sandbox.seed;

import dev.slmworkbench.sandbox.datasets.DatasetFiles;
import dev.slmworkbench.sandbox.datasets.InvalidDatasetException;
import dev.slmworkbench.sandbox.model.Dataset;
import dev.slmworkbench.sandbox.model.DatasetFormat;
import dev.slmworkbench.sandbox.model.DatasetSchema;
import dev.slmworkbench.sandbox.model.DatasetType;
import dev.slmworkbench.sandbox.model.Experiment;
import dev.slmworkbench.sandbox.model.ExperimentConfig;
import dev.slmworkbench.sandbox.model.ExperimentStatus;
import dev.slmworkbench.sandbox.model.Model;
import dev.slmworkbench.sandbox.model.ModelType;
import dev.slmworkbench.sandbox.runs.RunPlan;
import dev.slmworkbench.sandbox.runs.RunResults;
import dev.slmworkbench.sandbox.store.SandboxStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fills an empty store so a newcomer's first screen shows real-looking models, data and a finished run. */
public final class SandboxSeeder {

    public static final String EXAMPLE_EXPERIMENT_ID = "exp-seed-support";
    private static final String RESOURCES = "/sandbox/seed/";

    private final SandboxStore store;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    public SandboxSeeder(SandboxStore store) {
        this.store = store;
    }

    public void seed() throws IOException {
        Instant published = now.minus(Duration.ofDays(30));
        store.putModel(base("smollm2-135m", "SmolLM2-135M", "LlamaForCausalLM", 134_515_008L, published,
                "A compact model from Hugging Face trained on 2T tokens; good for quick experiments.",
                "HuggingFaceTB/SmolLM2-135M", "Hugging Face", 8192, "Apache-2.0"));
        store.putModel(base("qwen2.5-0.5b", "Qwen2.5-0.5B", "Qwen2ForCausalLM", 494_032_768L,
                published.plus(Duration.ofHours(1)),
                "Alibaba Cloud's smallest Qwen2.5 base model, multilingual with a long context.",
                "Qwen/Qwen2.5-0.5B", "Alibaba Cloud", 32768, "Apache-2.0"));
        store.putModel(base("llama-3.2-1b", "Llama-3.2-1B", "LlamaForCausalLM", 1_235_814_400L,
                published.plus(Duration.ofHours(2)),
                "Meta's 1B multilingual Llama 3.2 model.",
                "meta-llama/Llama-3.2-1B", "Meta", 131072, "Llama 3.2 Community License"));
        store.putModel(base("phi-3-mini-4k-instruct", "Phi-3-mini-4k-instruct", "Phi3ForCausalLM", 3_821_079_552L,
                published.plus(Duration.ofHours(3)),
                "Microsoft's 3.8B instruction-tuned Phi-3 model with a 4k context.",
                "microsoft/Phi-3-mini-4k-instruct", "Microsoft", 4096, "MIT"));

        Instant uploaded = now.minus(Duration.ofDays(3));
        Dataset support = dataset("ds-seed-support", "Customer support conversations",
                "Instruction/response pairs from a help desk; some answers span several lines.",
                DatasetType.TRAINING, "support-conversations.csv", uploaded,
                schema("prompt_completion", "prompt", "instruction", "completion", "response"));
        dataset("ds-seed-sentiment", "Product review sentiment",
                "Reviews labelled positive, negative or neutral, as instructions.",
                DatasetType.TRAINING, "sentiment-instructions.jsonl", uploaded.plus(Duration.ofMinutes(5)),
                schema("instruction", "instruction", "instruction", "input", "input", "output", "output"));
        Dataset eval = dataset("ds-seed-support-eval", "Support answers (held out)",
                "Questions with expected answers for evaluating support assistants.",
                DatasetType.EVALUATION, "support-eval.jsonl", uploaded.plus(Duration.ofMinutes(10)),
                schema("prompt_completion", "prompt", "instruction", "completion", "expected"));

        exampleRun(support, eval);
    }

    private void exampleRun(Dataset training, Dataset evaluation) {
        Model base = store.model("smollm2-135m").orElseThrow();
        Instant created = now.minus(Duration.ofDays(2));
        Instant started = created.plus(Duration.ofMinutes(2));
        Instant finished = started.plus(Duration.ofMinutes(18));
        Experiment queued = new Experiment(EXAMPLE_EXPERIMENT_ID, "SmolLM2 support assistant",
                "Teach SmolLM2-135M the help desk's tone and answers.",
                "Answer common support questions in one or two sentences.",
                ExperimentStatus.QUEUED, base.id(), training.id(), evaluation.id(),
                new ExperimentConfig(2e-4, 3, 8), created, created, List.of(), null, List.of(), null, null)
                .transition(ExperimentStatus.QUEUED, created, "Queued: waiting for a simulated GPU");
        RunPlan plan = RunPlan.of(queued, training.rowCount());
        Experiment running = queued.withProgress(0.0, started).transition(ExperimentStatus.RUNNING, started,
                String.format("Started on a simulated GPU: %d steps over %d epoch(s) of %d rows",
                        plan.totalSteps(), queued.config().epochs(), plan.rows()));
        store.putExperiment(running);
        store.finishRun(running.id(), (current, version) -> RunResults.complete(current, version, base, plan,
                "mdl-seed-support-1", "eval-seed-support-1", finished));
    }

    private static Model base(String id, String name, String architecture, long parameters, Instant createdAt,
            String description, String huggingFaceId, String publisher, int contextLength, String license) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("huggingFaceId", huggingFaceId);
        metadata.put("publisher", publisher);
        metadata.put("contextLength", contextLength);
        metadata.put("license", license);
        return new Model(id, name, ModelType.BASE, "1", architecture, parameters, createdAt, true, description,
                metadata, null, null, null);
    }

    /** The layout of a seeded file, as the BFF's upload checks would have found it. */
    private static DatasetSchema schema(String kind, String... roleThenColumn) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < roleThenColumn.length; i += 2) {
            fields.put(roleThenColumn[i], roleThenColumn[i + 1]);
        }
        return new DatasetSchema(kind, fields, null, 0L, null);
    }

    private Dataset dataset(String id, String name, String description, DatasetType type, String fileName,
            Instant createdAt, DatasetSchema schema) throws IOException {
        DatasetFormat format = DatasetFormat.ofFileName(fileName).orElseThrow();
        try (InputStream in = SandboxSeeder.class.getResourceAsStream(RESOURCES + fileName)) {
            if (in == null) {
                throw new IOException("Seed resource missing: " + fileName);
            }
            DatasetFiles.Stored stored = DatasetFiles.store(store.filesDir(), id, format, in);
            Dataset dataset = new Dataset(id, name, description, type, format, fileName, stored.sizeBytes(),
                    stored.rowCount(), createdAt, new DatasetSchema(schema.kind(), schema.fields(), stored.rowCount(),
                            schema.skipped(), null));
            store.putDataset(dataset);
            return dataset;
        } catch (InvalidDatasetException e) {
            throw new IOException("Seed resource is not a valid dataset: " + fileName, e);
        }
    }
}
