package dev.slmworkbench.sandbox.models;

import dev.slmworkbench.sandbox.SandboxRuntime;
import dev.slmworkbench.sandbox.list.ListQuery;
import dev.slmworkbench.sandbox.list.Lister;
import dev.slmworkbench.sandbox.model.Model;
import dev.slmworkbench.sandbox.model.ModelType;
import dev.slmworkbench.sandbox.model.Page;
import dev.slmworkbench.sandbox.problem.FieldError;
import dev.slmworkbench.sandbox.problem.SandboxProblem;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Base and fine-tuned models of the sandbox Training API; the work runs on the sandbox's own threads. */
@Path("/sandbox/v1/models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

    private static final Lister<Model> LISTER = new Lister<>(Model::id, Model::name)
            .sortable("createdAt", Model::createdAt)
            .sortable("name", Model::name)
            .sortable("id", Model::id)
            .sortable("type", m -> m.type().wire())
            .sortable("version", Model::version)
            .sortable("architecture", Model::architecture)
            .sortable("parameterCount", Model::parameterCount)
            .sortable("latest", Model::latest)
            .sortable("baseModelId", Model::baseModelId)
            .sortable("experimentId", Model::experimentId);

    private final SandboxRuntime runtime;

    public ModelResource(SandboxRuntime runtime) {
        this.runtime = runtime;
    }

    @GET
    public Uni<Page<Model>> list(@RestQuery String offset, @RestQuery String limit, @RestQuery String sort,
            @RestQuery String q, @RestQuery String type) {
        List<FieldError> errors = new ArrayList<>();
        ListQuery query = ListQuery.parse(offset, limit, sort, q, errors);
        LISTER.check(query, errors);
        Optional<ModelType> wanted = type == null || type.isBlank() ? Optional.empty() : ModelType.parse(type);
        if (type != null && !type.isBlank() && wanted.isEmpty()) {
            errors.add(FieldError.of("type", "must be base or fine_tuned"));
        }
        ListQuery.failOn(errors);
        return runtime.call(store -> LISTER.page(store.models().stream()
                .filter(m -> wanted.isEmpty() || m.type() == wanted.get()), query));
    }

    @GET
    @Path("{id}")
    public Uni<Model> get(@RestPath String id) {
        return runtime.call(store -> store.model(id).orElseThrow(() -> SandboxProblem.notFound("Model", id))
                .withEvaluationIds(store.evaluationIdsOfModel(id)));
    }
}
