package dev.slmworkbench.training;

import io.smallrye.mutiny.Uni;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the BFF asks of a training backend, whichever it is: the contract's Training API (the
 * embedded sandbox or a team's own service, {@code training.contract}) today; an OpenAI-compatible
 * fine-tuning API and Kubeflow Trainer next. The {@code api} rooms call only this and the records
 * beside it, never a backend's package. Every method returns at once; failures are an
 * {@link UpstreamException} (phrased for a person) or an {@link InvalidRequestException}.
 *
 * <p>Dataset files cross this seam in the JDK's types ({@link ByteBuffer}, {@link Flow.Publisher},
 * and a {@link FileSink} for the way out), so a file moves with back-pressure from the browser's
 * socket to the backend's and back without a copy in memory; the records and calls name nothing
 * of HTTP, of Vert.x or of a backend's wire format.
 */
public interface TrainingBackend {

    /** What this pod knows of the backend now: whether it is the sandbox, the breaker, the last failure. */
    TrainingApiStatus status();

    /** True when the backend is the embedded sandbox (the page says so with a badge). */
    boolean sandbox();

    Uni<Page<Dataset>> datasets(ListQuery query);

    Uni<Dataset> dataset(String id);

    Uni<Page<Model>> models(ListQuery query);

    Uni<Model> model(String id);

    Uni<Page<Experiment>> experiments(ListQuery query);

    Uni<Experiment> experiment(String id);

    Uni<Page<Evaluation>> evaluations(ListQuery query);

    /** One evaluation with its whole loss curve. */
    Uni<Evaluation> evaluation(String id);

    /**
     * Starts a run. The same {@code idempotencyKey} (may be null) with the same body starts nothing
     * new and answers the first run again.
     */
    Uni<Experiment> createExperiment(String idempotencyKey, NewExperiment body);

    Uni<Experiment> cancelExperiment(String id);

    /**
     * Stores a new dataset: the fields, then {@code head} (the first bytes, already checked), then
     * {@code rest} as it arrives (subscribed once, read with back-pressure). If {@code rest} fails,
     * the backend keeps nothing of the file. {@code schema} says what the checks found in the
     * records; it is asked once {@code rest} has ended, before the backend takes the file as whole.
     */
    Uni<Dataset> upload(NewDataset dataset, ByteBuffer head, Flow.Publisher<ByteBuffer> rest,
            Supplier<DatasetSchema> schema);

    /** Opens a dataset's file to send it on; the answer arrives once the backend has started sending. */
    Uni<DatasetDownload> download(String id);

    /**
     * The start of a dataset's file: bytes are read until {@code enough} says so (it sees each new
     * piece, read-only) or {@code maxBytes} are in, then the transfer is dropped.
     */
    Uni<FileHead> head(String id, int maxBytes, Predicate<ByteBuffer> enough);
}
