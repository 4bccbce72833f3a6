package dev.slmworkbench.api.experiments;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.slmworkbench.training.Experiment;
import dev.slmworkbench.training.ExperimentConfig;
import dev.slmworkbench.training.StatusChange;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An experiment as the pages show it: the Training API's fields, plus the names of its base model
 * and datasets (null when unknown: show the id), an ETA while it runs and whether it looks stuck.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExperimentView(
        String id,
        String name,
        String description,
        String goal,
        String status,
        String baseModelId,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(required = true, nullable = true) String baseModelName,
        String trainingDatasetId,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(required = true, nullable = true) String trainingDatasetName,
        String evaluationDatasetId,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(required = true, nullable = true) String evaluationDatasetName,
        ExperimentConfig config,
        Instant createdAt,
        Instant updatedAt,
        List<StatusChange> statusHistory,
        String resultModelId,
        List<String> evaluationIds,
        Double progress,
        String error,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(required = true, nullable = true) Long etaSeconds,
        @Schema(required = true) boolean stale) {

    /** {@code withEta} false for table rows: an ETA changes every second and would defeat their ETag. */
    static ExperimentView of(Experiment e, Map<String, String> models, Map<String, String> datasets,
            Instant now, Duration staleAfter, boolean withEta) {
        return new ExperimentView(e.id(), e.name(), e.description(), e.goal(), e.status(),
                e.baseModelId(), name(models, e.baseModelId()),
                e.trainingDatasetId(), name(datasets, e.trainingDatasetId()),
                e.evaluationDatasetId(), name(datasets, e.evaluationDatasetId()),
                e.config(), e.createdAt(), e.updatedAt(), e.statusHistory(), e.resultModelId(), e.evaluationIds(),
                e.progress(), e.error(), withEta ? eta(e, now) : null, stale(e, now, staleAfter));
    }

    private static String name(Map<String, String> names, String id) {
        return id == null ? null : names.get(id);
    }

    /**
     * Time left at the pace so far: elapsed since the run started running (the last history entry
     * where it became running, else its creation) times the share still to do over the share done.
     */
    static Long eta(Experiment e, Instant now) {
        Double progress = e.progress();
        if (!"running".equals(e.status()) || progress == null || progress <= 0 || progress.isNaN()) {
            return null;
        }
        if (progress >= 1) {
            return 0L;
        }
        Instant started = e.createdAt();
        if (e.statusHistory() != null) {
            for (StatusChange change : e.statusHistory()) {
                if ("running".equals(change.status()) && change.at() != null) {
                    started = change.at();
                }
            }
        }
        if (started == null || started.isAfter(now)) {
            return null;
        }
        double elapsed = Duration.between(started, now).toMillis() / 1000.0;
        return Math.round(elapsed * (1 - progress) / progress);
    }

    /** A queued or running experiment whose last change is older than {@code staleAfter}. */
    static boolean stale(Experiment e, Instant now, Duration staleAfter) {
        boolean active = "queued".equals(e.status()) || "running".equals(e.status());
        Instant changed = e.updatedAt() != null ? e.updatedAt() : e.createdAt();
        return active && changed != null && Duration.between(changed, now).compareTo(staleAfter) > 0;
    }
}
