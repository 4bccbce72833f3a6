package dev.slmworkbench.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of an evaluation a table shows and sorts by, wherever they live in the record: the
 * headline metrics in {@code metrics}, the final evaluation loss and the run's main
 * hyperparameters in {@code trainingStats} (free-form in the contract, so each is looked for under
 * the names Training APIs commonly use, and missing when none is there).
 */
public final class EvaluationFigures {

    /** Sort keys beyond the item's top-level fields: the metrics and the final evaluation loss. */
    public static final List<String> METRIC_SORTS = List.of("accuracy", "f1", "perplexity", "evalLoss");

    static final List<String> EVAL_LOSS = List.of("finalEvalLoss", "evalLoss", "eval_loss");
    static final List<String> LEARNING_RATE = List.of("learningRate", "learning_rate");
    static final List<String> EPOCHS = List.of("epochs", "num_train_epochs");
    static final List<String> BATCH_SIZE = List.of("batchSize", "per_device_train_batch_size", "train_batch_size");
    static final List<String> STEP = List.of("evaluatedAtStep", "evalStep", "global_step", "globalStep");

    /** The statistics a table row needs; a scan keeps only these of each evaluation. */
    private static final Set<String> KEPT = keys();

    private EvaluationFigures() {
    }

    public static boolean isMetricSort(String field) {
        return METRIC_SORTS.contains(field);
    }

    public static Double evalLoss(Evaluation e) {
        return stat(e.trainingStats(), EVAL_LOSS);
    }

    public static Double learningRate(Evaluation e) {
        return stat(e.trainingStats(), LEARNING_RATE);
    }

    public static Double epochs(Evaluation e) {
        return stat(e.trainingStats(), EPOCHS);
    }

    public static Double batchSize(Evaluation e) {
        return stat(e.trainingStats(), BATCH_SIZE);
    }

    /** The step the metrics were measured at, when the Training API said so; null otherwise (never guessed). */
    public static Long step(Evaluation e) {
        Double step = stat(e.trainingStats(), STEP);
        return step == null || step < 0 || step != Math.rint(step) ? null : step.longValue();
    }

    /** The value sorted on for {@code field}: a metric, the evaluation loss, else null. */
    public static Double sortValue(Evaluation e, String field) {
        Metrics m = e.metrics();
        return switch (field) {
            case "accuracy" -> m == null ? null : m.accuracy();
            case "f1" -> m == null ? null : m.f1();
            case "perplexity" -> m == null ? null : m.perplexity();
            case "evalLoss" -> evalLoss(e);
            default -> null;
        };
    }

    /** The order of a metric sort: evaluations without the value last either way, ties newest first, then by id. */
    public static Comparator<Evaluation> order(ListQuery query) {
        String field = query.sortField();
        boolean descending = query.descending();
        Comparator<Evaluation> newest = Comparator.comparing(Evaluation::createdAt,
                Comparator.nullsLast(Comparator.<java.time.Instant>reverseOrder()));
        return ((Comparator<Evaluation>) (a, b) -> {
            Double x = sortValue(a, field);
            Double y = sortValue(b, field);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            return descending ? Double.compare(y, x) : Double.compare(x, y);
        }).thenComparing(newest).thenComparing(Evaluation::id, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** The JSON value a bare-array list sorts an evaluation item by, for a metric sort key; missing otherwise. */
    static JsonNode sortNode(JsonNode item, String field) {
        return switch (field) {
            case "accuracy", "f1", "perplexity" -> item.path("metrics").path(field);
            case "evalLoss" -> {
                for (String key : EVAL_LOSS) {
                    JsonNode value = item.path("trainingStats").path(key);
                    if (value.isNumber()) {
                        yield value;
                    }
                }
                yield item.path("trainingStats").path(EVAL_LOSS.get(0));
            }
            default -> item.path(field);
        };
    }

    /** Only the statistics a row shows and sorts by: a scan holds thousands of evaluations. */
    public static Map<String, Object> rowStats(Map<String, Object> stats) {
        if (stats == null || stats.isEmpty()) {
            return stats;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        stats.forEach((k, v) -> {
            if (KEPT.contains(k)) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    private static Double stat(Map<String, Object> stats, List<String> names) {
        if (stats == null) {
            return null;
        }
        for (String name : names) {
            Object value = stats.get(name);
            if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
                return n.doubleValue();
            }
            if (value instanceof String s) {
                try {
                    double parsed = Double.parseDouble(s.strip());
                    if (Double.isFinite(parsed)) {
                        return parsed;
                    }
                } catch (NumberFormatException notANumber) {
                    // a text statistic under this name is not the figure: look further
                }
            }
        }
        return null;
    }

    private static Set<String> keys() {
        java.util.HashSet<String> all = new java.util.HashSet<>();
        List.of(EVAL_LOSS, LEARNING_RATE, EPOCHS, BATCH_SIZE, STEP).forEach(all::addAll);
        return Set.copyOf(all);
    }
}
