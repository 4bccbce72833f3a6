package dev.slmworkbench.api.evaluations.export;

import dev.slmworkbench.api.evaluations.EvaluationResource;
import dev.slmworkbench.training.Evaluation;
import dev.slmworkbench.training.Experiment;
import dev.slmworkbench.training.FieldError;
import dev.slmworkbench.training.IdChecks;
import dev.slmworkbench.training.InvalidRequestException;
import dev.slmworkbench.training.LossColumns;
import dev.slmworkbench.training.NameCache;
import dev.slmworkbench.training.TrainingBackend;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestMulti;

/**
 * The CSV of several evaluations in long ("tidy") form, one row per value. Status and headers
 * are settled first (ids checked, every evaluation looked up, names and configurations fetched);
 * then the evaluations are fetched again one at a time and written in chunks as the browser
 * takes them, so memory holds one evaluation whatever the number of long curves.
 */
@ApplicationScoped
public class EvaluationExport {

    static final int MAX_IDS = 50;
    static final String HEADER = "evaluationId,experiment,model,dataset,kind,name,step,epoch,value\r\n";
    /** Rows per written chunk. */
    static final int CHUNK_ROWS = 2_000;
    /** Evaluations looked up at the same time before the first byte. */
    static final int PARALLEL_CHECKS = 1;

    private final TrainingBackend training;
    private final NameCache names;

    EvaluationExport(TrainingBackend training, NameCache names) {
        this.training = training;
        this.names = names;
    }

    /** What every row of an evaluation repeats, and its non-curve rows. */
    private record Head(String id, String experiment, String model, String dataset, List<String> rows) {
    }

    public RestMulti<Buffer> csv(String ids) {
        return RestMulti.fromUniResponse(Uni.createFrom().deferred(() -> prepare(ids(ids))),
                this::stream,
                heads -> Map.of("Content-Type", List.of("text/csv; charset=utf-8"),
                        "Content-Disposition", List.of("attachment; filename=\"evaluations.csv\"")),
                heads -> 200);
    }

    static List<String> ids(String raw) {
        Set<String> ids = new LinkedHashSet<>();
        if (raw != null) {
            for (String part : raw.split(",", -1)) {
                if (!part.isBlank()) {
                    ids.add(part.strip());
                }
            }
        }
        String problem = null;
        if (ids.isEmpty()) {
            problem = "Choose at least one evaluation to export.";
        } else if (ids.size() > MAX_IDS) {
            problem = "Export at most " + MAX_IDS + " evaluations at once.";
        } else {
            for (String id : ids) {
                if (!IdChecks.isValid(id)) {
                    problem = "'" + (id.length() > 40 ? id.substring(0, 40) + "…" : id)
                            + "' is not a valid id: ids are 1 to 128 letters, digits, '.', '_', ':' or '-'.";
                    break;
                }
            }
        }
        if (problem != null) {
            throw new InvalidRequestException("The evaluations to export are not valid.",
                    List.of(new FieldError("ids", problem)));
        }
        return List.copyOf(ids);
    }

    /** Every evaluation looked up (a missing one is a 404 naming it), then names and configurations. */
    private Uni<List<Head>> prepare(List<String> ids) {
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUni(id -> training.evaluation(id)
                        .onFailure(EvaluationResource::notFound).transform(e -> EvaluationResource.missing(id))
                        .map(EvaluationExport::withoutCurve))
                .merge(PARALLEL_CHECKS)
                .collect().asList()
                .chain(this::heads);
    }

    private static Evaluation withoutCurve(Evaluation e) {
        return new Evaluation(e.id(), e.experimentId(), e.modelId(), e.datasetId(), e.createdAt(), e.metrics(), null,
                e.trainingStats());
    }

    private Uni<List<Head>> heads(List<Evaluation> evaluations) {
        Set<String> experimentIds = new LinkedHashSet<>();
        Set<String> models = new LinkedHashSet<>();
        Set<String> datasets = new LinkedHashSet<>();
        for (Evaluation e : evaluations) {
            experimentIds.add(e.experimentId());
            models.add(e.modelId());
            datasets.add(e.datasetId());
        }
        experimentIds.remove(null);
        List<Uni<Experiment>> lookups = new ArrayList<>();
        for (String id : experimentIds) {
            lookups.add(training.experiment(id).onFailure(EvaluationResource::notFound).recoverWithNull());
        }
        Uni<Map<String, Experiment>> experiments = lookups.isEmpty() ? Uni.createFrom().item(Map.of())
                : Uni.join().all(lookups).usingConcurrencyOf(4).andFailFast().map(found -> {
                    Map<String, Experiment> byId = new HashMap<>();
                    found.stream().filter(x -> x != null && x.id() != null).forEach(x -> byId.put(x.id(), x));
                    return byId;
                });
        return experiments.chain(byId -> {
            Set<String> allModels = new LinkedHashSet<>(models);
            Set<String> allDatasets = new LinkedHashSet<>(datasets);
            for (Experiment x : byId.values()) {
                allModels.add(x.baseModelId());
                allDatasets.add(x.trainingDatasetId());
                allDatasets.add(x.evaluationDatasetId());
            }
            return Uni.combine().all().unis(names.anyModels(allModels), names.datasets(allDatasets)).asTuple()
                    .map(t -> {
                        List<Head> heads = new ArrayList<>();
                        for (Evaluation e : evaluations) {
                            heads.add(head(e, byId.get(e.experimentId()), t.getItem1(), t.getItem2()));
                        }
                        return heads;
                    });
        });
    }

    private static Head head(Evaluation e, Experiment x, Map<String, String> models, Map<String, String> datasets) {
        String experiment = x != null && x.name() != null ? x.name() : e.experimentId();
        CsvRows rows = new CsvRows(e.id(), experiment, nameOr(models, e.modelId()), nameOr(datasets, e.datasetId()));
        List<String> lines = new ArrayList<>();
        if (e.metrics() != null) {
            metric(lines, rows, "accuracy", e.metrics().accuracy());
            metric(lines, rows, "f1", e.metrics().f1());
            metric(lines, rows, "perplexity", e.metrics().perplexity());
        }
        if (e.trainingStats() != null) {
            e.trainingStats().forEach((k, v) -> lines.add(rows.row("stat", k, null, null, CsvCells.value(v))));
        }
        if (x != null) {
            if (x.config() != null) {
                lines.add(rows.row("config", "learningRate", null, null, CsvCells.number(x.config().learningRate())));
                lines.add(rows.row("config", "epochs", null, null, CsvCells.number(x.config().epochs())));
                lines.add(rows.row("config", "batchSize", null, null, CsvCells.number(x.config().batchSize())));
            }
            lines.add(rows.row("config", "baseModel", null, null, CsvCells.text(nameOr(models, x.baseModelId()))));
            lines.add(rows.row("config", "trainingDataset", null, null,
                    CsvCells.text(nameOr(datasets, x.trainingDatasetId()))));
            lines.add(rows.row("config", "evaluationDataset", null, null,
                    CsvCells.text(nameOr(datasets, x.evaluationDatasetId()))));
        }
        return new Head(e.id(), experiment, rows.model(), rows.dataset(), lines);
    }

    private static void metric(List<String> lines, CsvRows rows, String name, Double value) {
        if (value != null) {
            lines.add(rows.row("metric", name, null, null, CsvCells.number(value)));
        }
    }

    private static String nameOr(Map<String, String> names, String id) {
        String name = id == null ? null : names.get(id);
        return name != null ? name : id;
    }

    /** The header, then each evaluation fetched when the previous one is written, in chunks of rows. */
    private Multi<Buffer> stream(List<Head> heads) {
        Multi<Buffer> body = Multi.createFrom().iterable(heads)
                .onItem().transformToMultiAndConcatenate(head -> training.evaluation(head.id())
                        .onItem().transformToMulti(e -> Multi.createFrom().iterable(() -> chunks(head, e))));
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(buffer(HEADER)), body);
    }

    /** Train rows then eval rows, in step order, from the curve's columns (points without a step were dropped). */
    private static Iterator<Buffer> chunks(Head head, Evaluation e) {
        CsvRows rows = new CsvRows(head.id(), head.experiment(), head.model(), head.dataset());
        LossColumns curve = e.lossCurve() == null ? LossColumns.EMPTY : e.lossCurve();
        return new Iterator<>() {
            private boolean headDone;
            private int train;
            private int eval;

            @Override
            public boolean hasNext() {
                return !headDone || train < curve.size() || eval < curve.size();
            }

            @Override
            public Buffer next() {
                StringBuilder out = new StringBuilder();
                if (!headDone) {
                    head.rows().forEach(out::append);
                    headDone = true;
                }
                int written = 0;
                for (; train < curve.size() && written < CHUNK_ROWS; train++) {
                    if (!Double.isNaN(curve.trainLoss(train))) {
                        rows.point(out, "trainLoss", curve.step(train), curve.epoch(train), curve.trainLoss(train));
                        written++;
                    }
                }
                for (; train >= curve.size() && eval < curve.size() && written < CHUNK_ROWS; eval++) {
                    if (!Double.isNaN(curve.evalLoss(eval))) {
                        rows.point(out, "evalLoss", curve.step(eval), curve.epoch(eval), curve.evalLoss(eval));
                        written++;
                    }
                }
                return buffer(out.toString());
            }
        };
    }

    private static Buffer buffer(String text) {
        return Buffer.buffer(text.getBytes(StandardCharsets.UTF_8));
    }
}
