package dev.slmworkbench.sandbox.evaluations;

import dev.slmworkbench.sandbox.SandboxRuntime;
import dev.slmworkbench.sandbox.list.ListQuery;
import dev.slmworkbench.sandbox.list.Lister;
import dev.slmworkbench.sandbox.model.Evaluation;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Evaluations of the sandbox Training API; list items leave the loss curve out. Work runs on the sandbox's threads. */
@Path("/sandbox/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private static final Lister<Evaluation> LISTER = new Lister<Evaluation>(Evaluation::id, null)
            .sortable("createdAt", Evaluation::createdAt)
            .sortable("id", Evaluation::id)
            .sortable("experimentId", Evaluation::experimentId)
            .sortable("modelId", Evaluation::modelId)
            .sortable("datasetId", Evaluation::datasetId)
            .sortable("accuracy", e -> e.metrics() == null ? null : e.metrics().accuracy())
            .sortable("f1", e -> e.metrics() == null ? null : e.metrics().f1())
            .sortable("perplexity", e -> e.metrics() == null ? null : e.metrics().perplexity())
            .sortable("evalLoss", EvaluationResource::finalEvalLoss);

    private final SandboxRuntime runtime;

    public EvaluationResource(SandboxRuntime runtime) {
        this.runtime = runtime;
    }

    @GET
    public Uni<Page<Evaluation>> list(@RestQuery String offset, @RestQuery String limit, @RestQuery String sort,
            @RestQuery String q, @RestQuery String experimentId, @RestQuery String modelId,
            @RestQuery String datasetId) {
        List<FieldError> errors = new ArrayList<>();
        ListQuery query = ListQuery.parse(offset, limit, sort, q, errors);
        LISTER.check(query, errors);
        ListQuery.failOn(errors);
        return runtime.call(store -> {
            Page<Evaluation> page = LISTER.page(store.evaluations().stream()
                    .filter(e -> matches(experimentId, e.experimentId()))
                    .filter(e -> matches(modelId, e.modelId()))
                    .filter(e -> matches(datasetId, e.datasetId())), query);
            return new Page<>(page.items().stream().map(Evaluation::withoutCurve).toList(), page.total());
        });
    }

    @GET
    @Path("{id}")
    public Uni<Evaluation> get(@RestPath String id) {
        return runtime.call(store -> store.evaluation(id).orElseThrow(() -> SandboxProblem.notFound("Evaluation", id)));
    }

    private static Double finalEvalLoss(Evaluation e) {
        return e.trainingStats() != null && e.trainingStats().get("finalEvalLoss") instanceof Number n
                ? n.doubleValue() : null;
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.isBlank() || wanted.equals(actual);
    }
}
