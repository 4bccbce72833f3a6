package dev.slmworkbench.sandbox.datasets;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.http.ContentDisposition;
import dev.slmworkbench.http.FileNames;
import dev.slmworkbench.sandbox.SandboxRuntime;
import dev.slmworkbench.sandbox.list.ListQuery;
import dev.slmworkbench.sandbox.list.Lister;
import dev.slmworkbench.sandbox.model.Dataset;
import dev.slmworkbench.sandbox.model.DatasetFormat;
import dev.slmworkbench.sandbox.model.DatasetSchema;
import dev.slmworkbench.sandbox.model.DatasetType;
import dev.slmworkbench.sandbox.model.Page;
import dev.slmworkbench.sandbox.problem.FieldError;
import dev.slmworkbench.sandbox.problem.SandboxProblem;
import dev.slmworkbench.sandbox.store.NewIds;
import dev.slmworkbench.sandbox.store.SandboxStore;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Datasets of the sandbox Training API: list, detail, upload, download. Methods return at once on
 * the event loop; the work runs on the sandbox's own threads. Bodies arrive before the method
 * runs (multipart parts spooled to disk by the server), so no thread waits on a slow client.
 */
@Path("/sandbox/v1/datasets")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetResource {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;

    private static final Lister<Dataset> LISTER = new Lister<>(Dataset::id, Dataset::name)
            .sortable("createdAt", Dataset::createdAt)
            .sortable("name", Dataset::name)
            .sortable("id", Dataset::id)
            .sortable("type", d -> d.type().wire())
            .sortable("format", d -> d.format().wire())
            .sortable("fileName", Dataset::fileName)
            .sortable("sizeBytes", Dataset::sizeBytes)
            .sortable("rowCount", Dataset::rowCount)
            .sortable("description", Dataset::description);

    private final SandboxRuntime runtime;
    private final ObjectMapper json;

    public DatasetResource(SandboxRuntime runtime, ObjectMapper json) {
        this.json = json;
        this.runtime = runtime;
    }

    @GET
    public Uni<Page<Dataset>> list(@RestQuery String offset, @RestQuery String limit, @RestQuery String sort,
            @RestQuery String q, @RestQuery String type) {
        List<FieldError> errors = new ArrayList<>();
        ListQuery query = ListQuery.parse(offset, limit, sort, q, errors);
        LISTER.check(query, errors);
        Optional<DatasetType> wanted = type == null || type.isBlank() ? Optional.empty() : DatasetType.parse(type);
        if (type != null && !type.isBlank() && wanted.isEmpty()) {
            errors.add(FieldError.of("type", "must be training or evaluation"));
        }
        ListQuery.failOn(errors);
        return runtime.call(store -> LISTER.page(store.datasets().stream()
                .filter(d -> wanted.isEmpty() || d.type() == wanted.get()), query));
    }

    @GET
    @Path("{id}")
    public Uni<Dataset> get(@RestPath String id) {
        return runtime.call(store -> find(store, id));
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> upload(@RestForm String name, @RestForm String description, @RestForm String type,
            @RestForm("file") FileUpload file, @RestForm String schema) {
        List<FieldError> errors = new ArrayList<>();
        DatasetSchema checked = schema(schema, errors);
        String cleanName = name == null ? "" : name.trim();
        if (cleanName.isEmpty()) {
            errors.add(FieldError.of("name", "is required"));
        } else if (characters(cleanName) > MAX_NAME) {
            errors.add(FieldError.of("name", "must be at most " + MAX_NAME + " characters"));
        }
        String cleanDescription = description == null || description.isBlank() ? null : description.trim();
        if (cleanDescription != null && characters(cleanDescription) > MAX_DESCRIPTION) {
            errors.add(FieldError.of("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        Optional<DatasetType> datasetType = type == null ? Optional.empty() : DatasetType.parse(type.trim());
        if (datasetType.isEmpty()) {
            errors.add(FieldError.of("type", "must be training or evaluation"));
        }
        String fileName = file == null ? "" : FileNames.safe(file.fileName());
        Optional<DatasetFormat> format = DatasetFormat.ofFileName(fileName);
        if (file == null || file.uploadedFile() == null) {
            errors.add(FieldError.of("file", "is required"));
        } else if (format.isEmpty()) {
            errors.add(FieldError.of("file", "must be a .csv, .json or .jsonl file"));
        }
        if (!errors.isEmpty()) {
            throw SandboxProblem.invalid("Invalid dataset upload", errors);
        }

        return runtime.call(store -> {
            String id = NewIds.next("ds");
            DatasetFiles.Stored stored = storeFile(store, id, format.get(), file);
            Dataset dataset = new Dataset(id, cleanName, cleanDescription, datasetType.get(), format.get(), fileName,
                    stored.sizeBytes(), stored.rowCount(), Instant.now().truncatedTo(ChronoUnit.MILLIS), checked);
            store.putDataset(dataset);
            return dataset;
        }).map(dataset -> Response.created(URI.create("/sandbox/v1/datasets/" + dataset.id())).entity(dataset).build());
    }

    /** The uploader's account of the records (optional JSON, any part of the form); kept as sent. */
    private DatasetSchema schema(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            DatasetSchema schema = json.readValue(text, DatasetSchema.class);
            if (schema == null || schema.kind() == null || !DatasetSchema.KINDS.contains(schema.kind())) {
                errors.add(FieldError.of("schema", "must name its kind: one of " + String.join(", ",
                        DatasetSchema.KINDS.stream().sorted().toList())));
                return null;
            }
            return schema;
        } catch (IOException e) {
            errors.add(FieldError.of("schema", "must be a JSON object with kind and fields"));
            return null;
        }
    }

    /** Copies the spooled upload into the store while counting its rows, then drops the spool (disk work: sandbox threads only). */
    private static DatasetFiles.Stored storeFile(SandboxStore store, String id, DatasetFormat format, FileUpload file) {
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return DatasetFiles.store(store.filesDir(), id, format, in);
        } catch (InvalidDatasetException e) {
            throw SandboxProblem.invalid("Invalid dataset upload", List.of(new FieldError("file", e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the uploaded dataset", e);
        } finally {
            deleteSpooled(file);
        }
    }

    /** The spooled copy is not needed once the store has (or refused) it; gone now, it cannot be left behind. */
    private static void deleteSpooled(FileUpload file) {
        try {
            Files.deleteIfExists(file.uploadedFile());
        } catch (IOException e) {
            // Quarkus REST deletes it at the request's end as well, and the spool sweep after that.
        }
    }

    @GET
    @Path("{id}/download")
    @Produces(MediaType.WILDCARD)
    public Uni<Response> download(@RestPath String id) {
        return runtime.call(store -> {
            Dataset dataset = find(store, id);
            java.nio.file.Path file = DatasetFiles.path(store.filesDir(), dataset.id(), dataset.format());
            if (!Files.isRegularFile(file)) {
                throw new SandboxProblem(404, "Dataset file not found",
                        "The file of dataset '" + id + "' is missing from the sandbox's storage.", List.of());
            }
            // The server sends the file itself, without a thread copying it.
            return Response.ok(file.toFile(), dataset.format().mediaType())
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(dataset.fileName()))
                    .build();
        });
    }

    /** Characters as the contract's maxLength counts them: code points, so an emoji is one. */
    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    private static Dataset find(SandboxStore store, String id) {
        return store.dataset(id).orElseThrow(() -> SandboxProblem.notFound("Dataset", id));
    }
}
