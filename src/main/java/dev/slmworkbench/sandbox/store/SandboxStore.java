package dev.slmworkbench.sandbox.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.slmworkbench.sandbox.model.Dataset;
import dev.slmworkbench.sandbox.model.Evaluation;
import dev.slmworkbench.sandbox.model.Experiment;
import dev.slmworkbench.sandbox.model.ExperimentStatus;
import dev.slmworkbench.sandbox.model.IdempotencyRecord;
import dev.slmworkbench.sandbox.model.Model;
import dev.slmworkbench.sandbox.model.ModelType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The sandbox's metadata: in memory for reads, one JSON file per collection under
 * {@code <data-dir>/metadata}, each replaced atomically on every change; idempotency records are
 * appended to a log instead. Dataset files live in {@code <data-dir>/files}. One read-write lock
 * guards everything, including the writes to disk, so the files always follow the order of changes.
 */
public final class SandboxStore {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Path filesDir;
    private final Table<Dataset> datasets;
    private final Table<Model> models;
    private final Table<Experiment> experiments;
    private final Table<Evaluation> evaluations;
    private final IdempotencyLog idempotency;

    /** Idempotency-Keys kept for 24 hours, at most 10,000 of them. */
    public SandboxStore(Path dataDir) throws IOException {
        this(dataDir, Duration.ofHours(24), 10_000, Clock.systemUTC());
    }

    public SandboxStore(Path dataDir, Duration keyTtl, int maxKeys, Clock clock) throws IOException {
        Path metadata = dataDir.resolve("metadata");
        this.filesDir = dataDir.resolve("files");
        Files.createDirectories(metadata);
        Files.createDirectories(filesDir);
        removeLeftovers(metadata);
        removeLeftovers(filesDir);
        ObjectMapper mapper = mapper();
        datasets = new Table<>(metadata.resolve("datasets.json"), mapper, new TypeReference<>() { }, Dataset::id);
        models = new Table<>(metadata.resolve("models.json"), mapper, new TypeReference<>() { }, Model::id);
        experiments = new Table<>(metadata.resolve("experiments.json"), mapper, new TypeReference<>() { },
                Experiment::id);
        evaluations = new Table<>(metadata.resolve("evaluations.json"), mapper, new TypeReference<>() { },
                Evaluation::id);
        // The earlier layout kept whole request bodies, without limit: its records are dropped
        Files.deleteIfExists(metadata.resolve("idempotency-keys.json"));
        idempotency = new IdempotencyLog(metadata.resolve("idempotency-keys.jsonl"), mapper, keyTtl, maxKeys, clock);
    }

    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .build();
    }

    /** Temp files of writes that a crash interrupted; the real files are intact. */
    private static void removeLeftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    public Path filesDir() {
        return filesDir;
    }

    public boolean isEmpty() {
        return read(() -> datasets.isEmpty() && models.isEmpty() && experiments.isEmpty() && evaluations.isEmpty());
    }

    public List<Dataset> datasets() {
        return read(datasets::all);
    }

    public Optional<Dataset> dataset(String id) {
        return read(() -> Optional.ofNullable(datasets.get(id)));
    }

    public void putDataset(Dataset dataset) {
        putAndSave(datasets, dataset);
    }

    public List<Model> models() {
        return read(models::all);
    }

    public Optional<Model> model(String id) {
        return read(() -> Optional.ofNullable(models.get(id)));
    }

    public void putModel(Model model) {
        putAndSave(models, model);
    }

    public List<Experiment> experiments() {
        return read(experiments::all);
    }

    public Optional<Experiment> experiment(String id) {
        return read(() -> Optional.ofNullable(experiments.get(id)));
    }

    public void putExperiment(Experiment experiment) {
        putAndSave(experiments, experiment);
    }

    private <T> void putAndSave(Table<T> table, T item) {
        write(() -> {
            table.put(item);
            table.save();
            return null;
        });
    }

    /** Read-modify-write of one experiment; returning the same instance means "no change". */
    public Optional<Experiment> updateExperiment(String id, UnaryOperator<Experiment> change) {
        return write(() -> {
            Experiment current = experiments.get(id);
            if (current == null) {
                return Optional.empty();
            }
            Experiment next = change.apply(current);
            if (next != current) {
                experiments.put(next);
                experiments.save();
            }
            return Optional.of(next);
        });
    }

    /**
     * Like {@link #updateExperiment} but in memory only, for a run's progress: {@link #saveProgress}
     * writes it later (or the next status change does), so ticks never rewrite the file.
     */
    public Optional<Experiment> updateProgress(String id, UnaryOperator<Experiment> change) {
        return write(() -> {
            Experiment current = experiments.get(id);
            if (current == null) {
                return Optional.empty();
            }
            Experiment next = change.apply(current);
            if (next != current) {
                experiments.put(next);
            }
            return Optional.of(next);
        });
    }

    /** Writes progress kept in memory since the last write, if any. */
    public void saveProgress() {
        write(() -> {
            experiments.saveIfChanged();
            return null;
        });
    }

    /** How many times the experiments file was written since this store opened. */
    public long experimentFileWrites() {
        return read(experiments::saves);
    }

    public List<Evaluation> evaluations() {
        return read(evaluations::all);
    }

    public Optional<Evaluation> evaluation(String id) {
        return read(() -> Optional.ofNullable(evaluations.get(id)));
    }

    public List<String> evaluationIdsOfModel(String modelId) {
        return read(() -> evaluations.all().stream()
                .filter(e -> modelId.equals(e.modelId()))
                .sorted(Comparator.comparing(Evaluation::createdAt))
                .map(Evaluation::id)
                .toList());
    }

    /** The record of an Idempotency-Key, unless it expired or was pushed out by newer ones. */
    public Optional<IdempotencyRecord> idempotency(String key) {
        return read(() -> idempotency.get(key));
    }

    /**
     * Stores a new experiment and, when given, the key that created it, in one step; refuses
     * (false) when {@code maxActive} experiments are already queued or running.
     */
    public boolean createExperiment(Experiment experiment, IdempotencyRecord key, int maxActive) {
        return write(() -> {
            long active = experiments.all().stream().filter(e -> !e.status().finished()).count();
            if (active >= maxActive) {
                return false;
            }
            experiments.put(experiment);
            experiments.save();
            if (key != null) {
                idempotency.add(key);
            }
            return true;
        });
    }

    /**
     * Finishes a running experiment with its model and evaluation, unless it stopped running
     * meanwhile (a cancel wins). The builder gets the experiment and the version the new model
     * takes; only the newest model of a name stays {@code latest}.
     */
    public Optional<CompletedRun> finishRun(String experimentId, BiFunction<Experiment, String, CompletedRun> builder) {
        return write(() -> {
            Experiment current = experiments.get(experimentId);
            if (current == null || current.status() != ExperimentStatus.RUNNING) {
                return Optional.empty();
            }
            CompletedRun run = builder.apply(current, nextVersion(current.name()));
            for (Model m : models.all()) {
                if (m.latest() && m.type() == ModelType.FINE_TUNED && m.name().equals(run.model().name())) {
                    models.put(m.withLatest(false));
                }
            }
            models.put(run.model());
            evaluations.put(run.evaluation());
            experiments.put(run.experiment());
            models.save();
            evaluations.save();
            experiments.save();
            return Optional.of(run);
        });
    }

    private String nextVersion(String name) {
        int max = 0;
        for (Model m : models.all()) {
            if (m.type() == ModelType.FINE_TUNED && m.name().equals(name)) {
                try {
                    max = Math.max(max, Integer.parseInt(m.version()));
                } catch (NumberFormatException e) {
                    // Versions set by hand may not be numbers; they do not take part in numbering
                }
            }
        }
        return Integer.toString(max + 1);
    }

    private <R> R read(Supplier<R> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    @FunctionalInterface
    private interface IoAction<R> {
        R run() throws IOException;
    }

    private <R> R write(IoAction<R> action) {
        lock.writeLock().lock();
        try {
            return action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save sandbox metadata", e);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
