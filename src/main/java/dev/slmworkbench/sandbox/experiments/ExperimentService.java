package dev.slmworkbench.sandbox.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slmworkbench.sandbox.SandboxRuntime;
import dev.slmworkbench.sandbox.model.Experiment;
import dev.slmworkbench.sandbox.model.ExperimentStatus;
import dev.slmworkbench.sandbox.model.IdempotencyRecord;
import dev.slmworkbench.sandbox.problem.SandboxProblem;
import dev.slmworkbench.sandbox.store.Ids;
import dev.slmworkbench.sandbox.store.SandboxStore;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/** Creating (idempotently) and cancelling experiments. */
@Singleton
public class ExperimentService {

    static final int MAX_KEY_LENGTH = 255;

    private final SandboxRuntime runtime;
    // Check-then-create for a key must be one step, or concurrent retries would create twice
    private final ReentrantLock keyedCreate = new ReentrantLock();

    public ExperimentService(SandboxRuntime runtime) {
        this.runtime = runtime;
    }

    public Experiment create(JsonNode body, String idempotencyKey) {
        SandboxStore store = runtime.store();
        Experiment created;
        if (idempotencyKey == null) {
            created = ExperimentRequests.toExperiment(body, store, Ids.next("exp"), now());
            store.createExperiment(created, null);
        } else {
            checkKey(idempotencyKey);
            keyedCreate.lock();
            try {
                Optional<IdempotencyRecord> earlier = store.idempotency(idempotencyKey);
                if (earlier.isPresent()) {
                    if (!earlier.get().request().equals(body)) {
                        throw new SandboxProblem(422, "Idempotency-Key already used",
                                "This Idempotency-Key was already used with a different request body; "
                                        + "use a new key for a new experiment.", List.of());
                    }
                    return earlier.get().response();
                }
                Instant now = now();
                created = ExperimentRequests.toExperiment(body, store, Ids.next("exp"), now);
                store.createExperiment(created, new IdempotencyRecord(idempotencyKey, body, created, now));
            } finally {
                keyedCreate.unlock();
            }
        }
        runtime.simulator().start(created.id());
        return created;
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
