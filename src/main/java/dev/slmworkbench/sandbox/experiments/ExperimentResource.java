package dev.slmworkbench.sandbox.experiments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.sandbox.SandboxRuntime;
import dev.slmworkbench.sandbox.list.ListQuery;
import dev.slmworkbench.sandbox.list.Lister;
import dev.slmworkbench.sandbox.model.Experiment;
import dev.slmworkbench.sandbox.model.ExperimentStatus;
import dev.slmworkbench.sandbox.model.Page;
import dev.slmworkbench.sandbox.problem.FieldError;
import dev.slmworkbench.sandbox.problem.SandboxProblem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Experiments of the sandbox Training API: list, detail, create, cancel. The body is read by the
 * server before the method runs, and the work runs on the sandbox's own threads.
 */
@Path("/sandbox/v1/experiments")
@Produces(MediaType.APPLICATION_JSON)
public class ExperimentResource {

    private static final Lister<Experiment> LISTER = new Lister<>(Experiment::id, Experiment::name)
            .sortable("createdAt", Experiment::createdAt)
            .sortable("updatedAt", Experiment::updatedAt)
            .sortable("name", Experiment::name)
            .sortable("id", Experiment::id)
            .sortable("status", e -> e.status().wire())
            .sortable("progress", Experiment::progress)
            .sortable("baseModelId", Experiment::baseModelId)
            .sortable("trainingDatasetId", Experiment::trainingDatasetId)
            .sortable("evaluationDatasetId", Experiment::evaluationDatasetId)
            .sortable("resultModelId", Experiment::resultModelId)
            .sortable("description", Experiment::description)
            .sortable("goal", Experiment::goal);

    /** Largest create body: a valid experiment is a few kB at most. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final SandboxRuntime runtime;
    private final ExperimentService service;
    private final ObjectMapper mapper;

    public ExperimentResource(SandboxRuntime runtime, ExperimentService service, ObjectMapper mapper) {
        this.runtime = runtime;
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    public Uni<Page<Experiment>> list(@RestQuery String offset, @RestQuery String limit, @RestQuery String sort,
            @RestQuery String q, @RestQuery String status) {
        List<FieldError> errors = new ArrayList<>();
        ListQuery query = ListQuery.parse(offset, limit, sort, q, errors);
        LISTER.check(query, errors);
        Optional<ExperimentStatus> wanted = status == null || status.isBlank()
                ? Optional.empty() : ExperimentStatus.parse(status);
        if (status != null && !status.isBlank() && wanted.isEmpty()) {
            errors.add(FieldError.of("status", "must be queued, running, completed, failed or cancelled"));
        }
        ListQuery.failOn(errors);
        return runtime.call(store -> LISTER.page(store.experiments().stream()
                .filter(e -> wanted.isEmpty() || e.status() == wanted.get()), query));
    }

    @GET
    @Path("{id}")
    public Uni<Experiment> get(@RestPath String id) {
        return runtime.call(store -> store.experiment(id).orElseThrow(() -> SandboxProblem.notFound("Experiment", id)));
    }

    /** The body arrives as text so malformed JSON becomes this API's 400 problem, not a generic error. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> create(String body, @RestHeader("Idempotency-Key") String idempotencyKey) {
        if (body != null && utf8Length(body) > MAX_BODY_BYTES) {
            throw new SandboxProblem(413, "Request too large", "An experiment request may be at most "
                    + MAX_BODY_BYTES / 1024 + " kB of JSON; this one is larger.", List.of());
        }
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw SandboxProblem.invalid(ExperimentRequests.TITLE, "body", "is not valid JSON");
        }
        return runtime.call(store -> service.create(json, idempotencyKey))
                .map(created -> Response.created(URI.create("/sandbox/v1/experiments/" + created.id()))
                        .entity(created).build());
    }

    /** UTF-8 bytes of the text, counted without encoding it; stops counting past the limit. */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length() && bytes <= MAX_BODY_BYTES; i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    @POST
    @Path("{id}/cancel")
    public Uni<Experiment> cancel(@RestPath String id) {
        return runtime.call(store -> service.cancel(id));
    }
}
