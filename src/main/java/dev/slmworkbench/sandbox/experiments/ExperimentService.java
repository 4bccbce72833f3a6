package dev.slmworkbench.sandbox.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slmworkbench.sandbox.SandboxConfig;
import dev.slmworkbench.sandbox.SandboxRuntime;
import dev.slmworkbench.sandbox.model.Experiment;
import dev.slmworkbench.sandbox.model.ExperimentStatus;
import dev.slmworkbench.sandbox.model.IdempotencyRecord;
import dev.slmworkbench.sandbox.problem.SandboxProblem;
import dev.slmworkbench.sandbox.store.NewIds;
import dev.slmworkbench.sandbox.store.SandboxStore;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Creating (idempotently, within the limit of active runs) and cancelling experiments. */
@Singleton
public class ExperimentService {

    static final int MAX_KEY_LENGTH = 255;

    private final SandboxRuntime runtime;
    private final SandboxConfig config;
    // Check-then-create for a key must be one step, or concurrent retries would create twice
    private final KeyLocks keyLocks = new KeyLocks();

    public ExperimentService(SandboxRuntime runtime, SandboxConfig config) {
        this.runtime = runtime;
        this.config = config;
    }

    public Experiment create(JsonNode body, String idempotencyKey) {
        SandboxStore store = runtime.store();
        if (idempotencyKey == null) {
            return create(store, body, null, null);
        }
        checkKey(idempotencyKey);
        String requestHash = RequestHash.of(body);
        return keyLocks.withLock(idempotencyKey, () -> {
            Optional<IdempotencyRecord> earlier = store.idempotency(idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestSha256().equals(requestHash)) {
                    throw new SandboxProblem(422, "Idempotency-Key already used",
                            "This Idempotency-Key was already used with a different request body; "
                                    + "use a new key for a new experiment.", List.of());
                }
                Optional<Experiment> first = store.experiment(earlier.get().experimentId());
                if (first.isPresent()) {
                    return first.get().asCreated();
                }
            }
            return create(store, body, idempotencyKey, requestHash);
        });
    }

    private Experiment create(SandboxStore store, JsonNode body, String key, String requestHash) {
        Instant now = now();
        Experiment created = ExperimentRequests.toExperiment(body, store, NewIds.next("exp"), now);
        IdempotencyRecord record = key == null ? null : new IdempotencyRecord(key, requestHash, created.id(), now);
        if (!store.createExperiment(created, record, config.maxActiveRuns())) {
            throw SandboxProblem.tooMany("Too many experiments at once", "The sandbox already runs "
                    + config.maxActiveRuns() + " experiments; wait for one to finish or cancel one.",
                    secondsUntilOneFinishes(store, now));
        }
        runtime.simulator().start(created.id());
        return created;
    }

    /** When the oldest active run should be done: a run takes about the configured run duration. */
    private long secondsUntilOneFinishes(SandboxStore store, Instant now) {
        Duration run = config.runDuration();
        Instant oldest = store.experiments().stream().filter(e -> !e.status().finished())
                .map(Experiment::createdAt).min(Instant::compareTo).orElse(now);
        Duration left = Duration.between(now, oldest.plus(run));
        long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
        return Math.min(seconds, Math.max(1, run.toSeconds()));
    }

    /** Cancels a queued or running experiment; a finished one is a 409. */
    public Experiment cancel(String id) {
        boolean[] changed = {false};
        Instant now = now();
        Experiment result = runtime.store().updateExperiment(id, current -> {
            if (current.status().finished()) {
                return current;
            }
            changed[0] = true;
            return current.transition(ExperimentStatus.CANCELLED, now, "Cancelled on request");
        }).orElseThrow(() -> SandboxProblem.notFound("Experiment", id));
        if (!changed[0]) {
            throw new SandboxProblem(409, "Experiment already finished", "The experiment is "
                    + result.status().wire() + "; only queued or running experiments can be cancelled.", List.of());
        }
        return result;
    }

    private static void checkKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw SandboxProblem.invalid(ExperimentRequests.TITLE, "Idempotency-Key",
                    "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
