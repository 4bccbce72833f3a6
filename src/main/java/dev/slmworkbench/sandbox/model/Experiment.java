package dev.slmworkbench.sandbox.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A training run: its request, where it is, and what it produced. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Experiment(
        String id,
        String name,
        String description,
        String goal,
        ExperimentStatus status,
        String baseModelId,
        String trainingDatasetId,
        String evaluationDatasetId,
        ExperimentConfig config,
        Instant createdAt,
        Instant updatedAt,
        List<StatusChange> statusHistory,
        String resultModelId,
        List<String> evaluationIds,
        Double progress,
        String error) {

    /** Moves to a new status and records the transition. */
    public Experiment transition(ExperimentStatus next, Instant at, String message) {
        List<StatusChange> history = new ArrayList<>(statusHistory == null ? List.of() : statusHistory);
        history.add(new StatusChange(next, at, message));
        return new Experiment(id, name, description, goal, next, baseModelId, trainingDatasetId,
                evaluationDatasetId, config, createdAt, at, List.copyOf(history), resultModelId,
                evaluationIds, progress, error);
    }

    /** Appends a note to the history without changing the status (e.g. a resumed run). */
    public Experiment note(Instant at, String message) {
        return transition(status, at, message);
    }

    /** The experiment as its create answered: queued, nothing run yet (what a retried create gets again). */
    public Experiment asCreated() {
        List<StatusChange> first = statusHistory == null || statusHistory.isEmpty()
                ? List.of() : List.of(statusHistory.get(0));
        return new Experiment(id, name, description, goal, ExperimentStatus.QUEUED, baseModelId, trainingDatasetId,
                evaluationDatasetId, config, createdAt, createdAt, first, null, List.of(), 0.0, null);
    }

    public Experiment withProgress(double value, Instant at) {
        return new Experiment(id, name, description, goal, status, baseModelId, trainingDatasetId,
                evaluationDatasetId, config, createdAt, at, statusHistory, resultModelId, evaluationIds,
                value, error);
    }

    public Experiment withError(String reason) {
        return new Experiment(id, name, description, goal, status, baseModelId, trainingDatasetId,
                evaluationDatasetId, config, createdAt, updatedAt, statusHistory, resultModelId,
                evaluationIds, progress, reason);
    }

    public Experiment withResult(String modelId, List<String> evalIds) {
        return new Experiment(id, name, description, goal, status, baseModelId, trainingDatasetId,
                evaluationDatasetId, config, createdAt, updatedAt, statusHistory, modelId,
                List.copyOf(evalIds), progress, error);
    }
}
