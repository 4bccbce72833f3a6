package dev.slmworkbench.api.experiments;

import dev.slmworkbench.api.shared.ETags;
import dev.slmworkbench.api.shared.ListParams;
import dev.slmworkbench.web.WebConfig;
import dev.slmworkbench.web.problem.ProblemResponses;
import com.fasterxml.jackson.databind.JsonNode;
import dev.slmworkbench.training.Dataset;
import dev.slmworkbench.training.Experiment;
import dev.slmworkbench.training.FieldError;
import dev.slmworkbench.training.IdempotencyKeys;
import dev.slmworkbench.training.InvalidRequestException;
import dev.slmworkbench.training.Model;
import dev.slmworkbench.training.NameCache;
import dev.slmworkbench.training.Page;
import dev.slmworkbench.training.Problem;
import dev.slmworkbench.training.TrainingBackend;
import dev.slmworkbench.training.UpstreamException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import dev.slmworkbench.training.NewExperiment;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/**
 * Experiments: a polled table and detail (names resolved through a short-lived cache, ETag and
 * 304 for unchanged answers), launching a run exactly once per Idempotency-Key, and cancelling.
 */
@Path("/api/experiments")
@Produces(MediaType.APPLICATION_JSON)
public class ExperimentResource {

    private static final Set<String> FINISHED = Set.of("completed", "failed", "cancelled");

    private final TrainingBackend training;
    private final NameCache names;
    private final ETags etags;
    private final WebConfig web;

    ExperimentResource(TrainingBackend training, NameCache names, ETags etags, WebConfig web) {
        this.training = training;
        this.names = names;
        this.etags = etags;
        this.web = web;
    }

    @GET
    @APIResponse(responseCode = "200", description = "A page of experiments, with an ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExperimentPage.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match.")
    public Uni<Response> list(@BeanParam ListParams params, @RestHeader("If-None-Match") String ifNoneMatch) {
        return Uni.createFrom().deferred(() -> training.experiments(params.toQuery("status")))
                .chain(page -> withNames(page.items(), false)
                        .map(views -> etags.ok(new Page<>(views, page.total()), ifNoneMatch)));
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "The experiment, with an ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExperimentView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match.")
    public Uni<Response> get(@RestPath String id, @RestHeader("If-None-Match") String ifNoneMatch) {
        return training.experiment(id)
                .chain(e -> withNames(List.of(e), true))
                .map(views -> etags.ok(views.get(0), ifNoneMatch));
    }

    /**
     * Checked here in full, the choices looked up upstream in parallel; the Training API then makes
     * the key's first answer the only one. Never retried by this side.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewExperiment.class)))
    @APIResponse(responseCode = "201", description = "Launched (or launched before under the same Idempotency-Key).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExperimentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named in errors with a sentence.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(JsonNode body, @RestHeader("Idempotency-Key") String idempotencyKey) {
        return Uni.createFrom().deferred(() -> {
            if (idempotencyKey != null) {
                IdempotencyKeys.check(idempotencyKey);
            }
            if (body == null || !body.isObject()) {
                throw new InvalidRequestException("The request body must be a JSON object with the experiment's fields.",
                        List.of());
            }
            ExperimentForm form = new ExperimentForm(body);
            return Uni.combine().all()
                    .unis(lookup(form.baseModelId, training::model), lookup(form.trainingDatasetId, training::dataset),
                            lookup(form.evaluationDatasetId, training::dataset))
                    .asTuple()
                    .chain(t -> {
                        List<FieldError> errors = new ArrayList<>(form.errors);
                        checkModel(t.getItem1(), errors);
                        checkDataset(t.getItem2(), "trainingDatasetId", "training", "a training", errors);
                        checkDataset(t.getItem3(), "evaluationDatasetId", "evaluation", "an evaluation", errors);
                        if (!errors.isEmpty()) {
                            throw new InvalidRequestException("Some fields of the experiment are not valid.", errors);
                        }
                        for (Lookup<?> l : List.of(t.getItem1(), t.getItem2(), t.getItem3())) {
                            if (l.failure() != null) {
                                throw l.failure();
                            }
                        }
                        Map<String, String> modelNames = new HashMap<>();
                        modelNames.put(form.baseModelId, t.getItem1().found().name());
                        Map<String, String> datasetNames = new HashMap<>();
                        datasetNames.put(form.trainingDatasetId, t.getItem2().found().name());
                        datasetNames.put(form.evaluationDatasetId, t.getItem3().found().name());
                        return training.createExperiment(idempotencyKey, form.toNewExperiment())
                                .onFailure(UpstreamException.class).transform(e -> wizardFields((UpstreamException) e))
                                .map(created -> Response.created(URI.create("/api/experiments/" + created.id()))
                                        .entity(view(created, modelNames, datasetNames)).build());
                    });
        });
    }

    /** Only queued or running experiments can be cancelled; a finished one is a 409 saying how it ended. */
    @POST
    @Path("{id}/cancel")
    public Uni<ExperimentView> cancel(@RestPath String id) {
        return training.cancelExperiment(id)
                .onFailure(e -> e instanceof UpstreamException u && u.problem().status() == 409)
                .recoverWithUni(e -> training.experiment(id)
                        .onItemOrFailure().<Experiment>transform((current, failure) -> {
                            throw alreadyFinished(current);
                        }))
                .chain(e -> withNames(List.of(e), true))
                .map(views -> views.get(0));
    }

    private static UpstreamException alreadyFinished(Experiment current) {
        String how = current != null && current.status() != null && FINISHED.contains(current.status())
                ? " (" + current.status() + ")" : "";
        return new UpstreamException(UpstreamException.Kind.REJECTED, Problem.of(409, "Experiment already finished",
                "This experiment already finished" + how + "; only queued or running experiments can be cancelled."));
    }

    private Uni<List<ExperimentView>> withNames(List<Experiment> experiments, boolean withEta) {
        Set<String> modelIds = new HashSet<>();
        Set<String> datasetIds = new HashSet<>();
        for (Experiment e : experiments) {
            modelIds.add(e.baseModelId());
            datasetIds.add(e.trainingDatasetId());
            datasetIds.add(e.evaluationDatasetId());
        }
        modelIds.remove(null);
        datasetIds.remove(null);
        return Uni.combine().all().unis(names.models(modelIds), names.datasets(datasetIds)).asTuple()
                .map(t -> {
                    Instant now = Instant.now();
                    List<ExperimentView> views = new ArrayList<>(experiments.size());
                    for (Experiment e : experiments) {
                        views.add(ExperimentView.of(e, t.getItem1(), t.getItem2(), now, web.staleAfter(), withEta));
                    }
                    return views;
                });
    }

    private ExperimentView view(Experiment e, Map<String, String> models, Map<String, String> datasets) {
        return ExperimentView.of(e, models, datasets, Instant.now(), web.staleAfter(), true);
    }

    /** An upstream refusal with its field errors renamed to the wizard's fields. */
    private static UpstreamException wizardFields(UpstreamException e) {
        Problem p = e.problem();
        if (p.errors().isEmpty()) {
            return e;
        }
        return new UpstreamException(e.kind(), new Problem(p.type(), p.title(), p.status(), p.detail(),
                p.errors().stream().map(ExperimentForm::wizardField).toList())).retryAfter(e.retryAfter().orElse(-1));
    }

    /** The item, or why it is missing (a 404 is the user's choice; any other failure the upstream's). */
    private record Lookup<T>(T found, boolean missing, RuntimeException failure) {
    }

    private static <T> Uni<Lookup<T>> lookup(String id, Function<String, Uni<T>> get) {
        if (id == null) {
            return Uni.createFrom().item(new Lookup<>(null, false, null));
        }
        return Uni.createFrom().deferred(() -> get.apply(id))
                .map(found -> new Lookup<>(found, false, null))
                .onFailure().recoverWithItem(e -> e instanceof UpstreamException u && u.problem().status() == 404
                        ? new Lookup<>(null, true, null)
                        : new Lookup<>(null, false, e instanceof RuntimeException r ? r : new IllegalStateException(e)));
    }

    private static void checkModel(Lookup<Model> model, List<FieldError> errors) {
        if (model.missing()) {
            errors.add(new FieldError("baseModelId", "This base model no longer exists; choose another."));
        } else if (model.found() != null && !"base".equals(model.found().type())) {
            errors.add(new FieldError("baseModelId", "'" + model.found().name()
                    + "' is a fine-tuned model; choose a base model."));
        }
    }

    private static void checkDataset(Lookup<Dataset> dataset, String field, String type, String article,
            List<FieldError> errors) {
        if (dataset.missing()) {
            errors.add(new FieldError(field, "This dataset no longer exists; choose " + article + " dataset."));
        } else if (dataset.found() != null && !type.equals(dataset.found().type())) {
            errors.add(new FieldError(field, "'" + dataset.found().name() + "' is not " + article
                    + " dataset; choose " + article + " dataset."));
        }
    }
}
