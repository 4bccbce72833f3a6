package dev.slmworkbench.training.contract;

import dev.slmworkbench.http.ByteStreams;
import dev.slmworkbench.training.Dataset;
import dev.slmworkbench.training.DatasetSchema;
import dev.slmworkbench.training.DatasetDownload;
import dev.slmworkbench.training.Evaluation;
import dev.slmworkbench.training.Experiment;
import dev.slmworkbench.training.FileHead;
import dev.slmworkbench.training.ListQuery;
import dev.slmworkbench.training.Model;
import dev.slmworkbench.training.NewDataset;
import dev.slmworkbench.training.NewExperiment;
import dev.slmworkbench.training.Page;
import dev.slmworkbench.training.TrainingApiStatus;
import dev.slmworkbench.training.TrainingBackend;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The training backend of our own HTTP contract ({@code training-api.yaml}): the embedded sandbox
 * when {@code TRAINING_API_URL} is unset, a team's Training API when it is set. JSON calls go
 * through {@link TrainingClient} (the Quarkus REST client, with retries, caches and the breaker),
 * dataset files through {@link TrainingFiles} (streams, same endpoint, token and breaker).
 */
@ApplicationScoped
public class ContractBackend implements TrainingBackend {

    private final TrainingClient client;
    private final TrainingFiles files;
    private final TrainingApiConfig config;

    ContractBackend(TrainingClient client, TrainingFiles files, TrainingApiConfig config) {
        this.client = client;
        this.files = files;
        this.config = config;
    }

    @Override
    public TrainingApiStatus status() {
        return client.status();
    }

    @Override
    public boolean sandbox() {
        return config.sandbox();
    }

    @Override
    public Uni<Page<Dataset>> datasets(ListQuery query) {
        return client.datasets(query);
    }

    @Override
    public Uni<Dataset> dataset(String id) {
        return client.dataset(id);
    }

    @Override
    public Uni<Page<Model>> models(ListQuery query) {
        return client.models(query);
    }

    @Override
    public Uni<Model> model(String id) {
        return client.model(id);
    }

    @Override
    public Uni<Page<Experiment>> experiments(ListQuery query) {
        return client.experiments(query);
    }

    @Override
    public Uni<Experiment> experiment(String id) {
        return client.experiment(id);
    }

    @Override
    public Uni<Page<Evaluation>> evaluations(ListQuery query) {
        return client.evaluations(query);
    }

    @Override
    public Uni<Evaluation> evaluation(String id) {
        return client.evaluation(id);
    }

    @Override
    public Uni<Experiment> createExperiment(String idempotencyKey, NewExperiment body) {
        return client.createExperiment(idempotencyKey, body);
    }

    @Override
    public Uni<Experiment> cancelExperiment(String id) {
        return client.cancelExperiment(id);
    }

    @Override
    public Uni<Dataset> upload(NewDataset dataset, ByteBuffer head, Flow.Publisher<ByteBuffer> rest,
            Supplier<DatasetSchema> schema) {
        return files.upload(dataset, ByteStreams.buffer(head), ByteStreams.readStream(rest), schema);
    }

    @Override
    public Uni<DatasetDownload> download(String id) {
        return files.download(id).map(download -> download);
    }

    @Override
    public Uni<FileHead> head(String id, int maxBytes, Predicate<ByteBuffer> enough) {
        return files.head(id, maxBytes, piece -> enough.test(ByteStreams.view(piece)));
    }
}
