package dev.slmworkbench.sandbox.runs;

import dev.slmworkbench.sandbox.model.Dataset;
import dev.slmworkbench.sandbox.model.Experiment;
import dev.slmworkbench.sandbox.model.ExperimentStatus;
import dev.slmworkbench.sandbox.model.Model;
import dev.slmworkbench.sandbox.store.NewIds;
import dev.slmworkbench.sandbox.store.SandboxStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Moves experiments through queued → running → completed/failed on one daemon thread. A run of
 * up to {@value #STANDARD_EPOCHS} epochs takes about the configured run duration: roughly a tenth
 * of it queued, the rest running in ticks that raise progress evenly. Longer runs run longer, in
 * proportion to their epochs, up to {@value #MAX_LENGTH_FACTOR} times, as real ones do. Cancels win: every step re-checks the status under the
 * store's lock. Status changes are written at once; progress is kept in memory and written
 * every few seconds, so many runs do not rewrite the experiments file on every tick.
 */
public final class Simulator {

    private static final Logger LOG = Logger.getLogger(Simulator.class);
    private static final int TICKS_PER_RUN = 25;
    /** Runs of this many epochs or fewer take the configured run duration. */
    static final int STANDARD_EPOCHS = 3;
    /** The longest run takes this many times the configured run duration. */
    static final int MAX_LENGTH_FACTOR = 20;

    private final SandboxStore store;
    private final ScheduledExecutorService executor;
    private final long tickMillis;
    private final int queuedTicks;
    private final int runningTicks;
    private final Map<String, ScheduledFuture<?>> runs = new ConcurrentHashMap<>();

    /** Progress is written every 5 seconds. */
    public Simulator(SandboxStore store, Duration runDuration) {
        this(store, runDuration, Duration.ofSeconds(5));
    }

    public Simulator(SandboxStore store, Duration runDuration, Duration progressSaveInterval) {
        this.store = store;
        long total = Math.max(100, runDuration.toMillis());
        this.tickMillis = Math.max(20, total / TICKS_PER_RUN);
        int ticks = (int) Math.max(4, total / tickMillis);
        this.queuedTicks = Math.max(1, ticks / 10);
        this.runningTicks = ticks - queuedTicks;
        this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "sandbox-simulator");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, progressSaveInterval.toMillis());
        executor.scheduleWithFixedDelay(this::saveProgress, every, every, TimeUnit.MILLISECONDS);
    }

    /** Picks up runs that were queued or running when the sandbox last stopped. */
    public void resumeUnfinished() {
        for (Experiment e : store.experiments()) {
            if (e.status() == ExperimentStatus.QUEUED || e.status() == ExperimentStatus.RUNNING) {
                if (e.status() == ExperimentStatus.RUNNING) {
                    store.updateExperiment(e.id(), cur -> cur.status() == ExperimentStatus.RUNNING
                            ? cur.note(now(), "Resumed after a sandbox restart")
                            : cur);
                }
                start(e.id());
            }
        }
    }

    public void start(String experimentId) {
        int[] ticks = {0};
        runs.computeIfAbsent(experimentId, id -> executor.scheduleAtFixedRate(() -> {
            try {
                if (!tick(id, ++ticks[0])) {
                    stop(id);
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Simulated run %s stopped", id);
                stop(id);
            }
        }, tickMillis, tickMillis, TimeUnit.MILLISECONDS));
    }

    /** Stops the runs and writes their last progress. */
    public void shutdown() {
        executor.shutdownNow();
        saveProgress();
    }

    private void saveProgress() {
        try {
            store.saveProgress();
        } catch (RuntimeException e) {
            LOG.warnf("Could not save the progress of simulated runs: %s", e.getMessage());
        }
    }

    private void stop(String id) {
        ScheduledFuture<?> future = runs.remove(id);
        if (future != null) {
            future.cancel(false);
        }
    }

    /** One step of a run; false once the run needs no more ticks. */
    private boolean tick(String id, int tick) {
        Experiment e = store.experiment(id).orElse(null);
        if (e == null || e.status().finished()) {
            return false;
        }
        Model base = store.model(e.baseModelId()).orElse(null);
        Dataset training = store.dataset(e.trainingDatasetId()).orElse(null);
        if (base == null || training == null) {
            fail(id, "The base model or training dataset is gone", "Failed: its inputs are no longer available");
            return false;
        }
        RunPlan plan = RunPlan.of(e, training.rowCount());
        Instant now = now();
        if (e.status() == ExperimentStatus.QUEUED) {
            if (tick >= queuedTicks) {
                String message = String.format("Started on a simulated GPU: %d steps over %d epoch(s) of %d rows",
                        plan.totalSteps(), e.config().epochs(), plan.rows());
                store.updateExperiment(id, cur -> cur.status() == ExperimentStatus.QUEUED
                        ? cur.withProgress(0.0, now).transition(ExperimentStatus.RUNNING, now, message)
                        : cur);
            }
            return true;
        }
        double step = 1.0 / (runningTicks * lengthFactor(e.config().epochs()));
        double progress = Math.min(1.0, (e.progress() == null ? 0 : e.progress()) + step);
        if (plan.diverges() && progress >= plan.failAt()) {
            fail(id, plan.divergenceReason(), "Failed: the loss diverged");
            return false;
        }
        if (progress >= 1.0) {
            String modelId = NewIds.next("mdl");
            String evaluationId = NewIds.next("eval");
            store.finishRun(id, (running, version) ->
                    RunResults.complete(running, version, base, plan, modelId, evaluationId, now));
            return false;
        }
        double rounded = Math.round(progress * 1000) / 1000.0;
        store.updateProgress(id, cur -> cur.status() == ExperimentStatus.RUNNING ? cur.withProgress(rounded, now) : cur);
        return true;
    }

    /** How many times the configured run duration a run of this many epochs takes. */
    static double lengthFactor(int epochs) {
        return Math.min(MAX_LENGTH_FACTOR, Math.max(1.0, epochs / (double) STANDARD_EPOCHS));
    }

    private void fail(String id, String reason, String message) {
        Instant now = now();
        store.updateExperiment(id, cur -> cur.status().finished()
                ? cur
                : cur.transition(ExperimentStatus.FAILED, now, message + ". " + reason).withError(reason));
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
