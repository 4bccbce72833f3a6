package dev.slmworkbench.api.datasets;

import dev.slmworkbench.http.DataFileFormat;
import dev.slmworkbench.api.shared.ListParams;
import dev.slmworkbench.web.WebConfig;
import dev.slmworkbench.training.Dataset;
import dev.slmworkbench.training.Page;
import dev.slmworkbench.training.TrainingBackend;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Datasets: a page of them, one, and a preview of its first records. Upload and download stream
 * bytes and live in {@link DatasetFileRoutes}.
 */
@Path("/api/datasets")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetResource {

    private final TrainingBackend training;
    private final PreviewTable.Limits limits;

    DatasetResource(TrainingBackend training, WebConfig web) {
        this.training = training;
        this.limits = PreviewTable.Limits.of(web);
    }

    @GET
    public Uni<Page<Dataset>> list(@BeanParam ListParams params) {
        return training.datasets(params.toQuery());
    }

    @GET
    @Path("{id}")
    public Uni<Dataset> get(@RestPath String id) {
        return training.dataset(id);
    }

    /**
     * The first 20 records as a table, within the preview's limits; reads at most 1 MiB of the file
     * and then drops the transfer. The table is built on a worker thread: parsing a megabyte is
     * too long a pause for the event loop every other request shares.
     */
    @GET
    @Path("{id}/preview")
    public Uni<DatasetPreview> preview(@RestPath String id) {
        return training.dataset(id).chain(dataset -> {
            DataFileFormat format = DataFileFormat.of(dataset.format())
                    .or(() -> DataFileFormat.ofFileName(dataset.fileName()))
                    .orElseThrow(() -> new PreviewUnavailableException(
                            "This dataset's file is not CSV, JSON or JSONL, so no preview can be shown."));
            FirstRecords scanner = DatasetPreviews.scanner(format);
            return training.head(dataset.id(), DatasetPreviews.MAX_BYTES, piece -> {
                scanner.feed(piece);
                return scanner.enough();
            }).emitOn(Infrastructure.getDefaultWorkerPool())
                    .map(head -> DatasetPreviews.read(format, head, scanner, limits));
        });
    }
}
