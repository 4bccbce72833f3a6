package dev.slmworkbench.api.models;

import dev.slmworkbench.api.evaluations.EvaluationSummary;
import dev.slmworkbench.api.shared.ListParams;
import dev.slmworkbench.training.Evaluation;
import dev.slmworkbench.training.ListQuery;
import dev.slmworkbench.training.Model;
import dev.slmworkbench.training.Page;
import dev.slmworkbench.training.TrainingBackend;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestPath;

/** Models: a page of them, and one with its lineage and evaluations gathered in parallel. */
@Path("/api/models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

    /** A model's drawer shows this many evaluations at most. */
    static final int MAX_EVALUATIONS = 50;
    /** Evaluations fetched one by one at the same time, so one drawer cannot flood the upstream. */
    static final int PARALLEL_LOOKUPS = 8;
    private static final Logger LOG = Logger.getLogger(ModelResource.class);

    private final TrainingBackend training;

    ModelResource(TrainingBackend training) {
        this.training = training;
    }

    @GET
    public Uni<Page<Model>> list(@BeanParam ListParams params) {
        return training.models(params.toQuery());
    }

    /** Only the model itself must be found; each linked part that fails is left empty on its own. */
    @GET
    @Path("{id}")
    public Uni<ModelDetail> get(@RestPath String id) {
        return training.model(id).chain(model -> Uni.combine().all()
                .unis(linked(model.baseModelId(), training::model, "base model"),
                        linked(model.experimentId(), training::experiment, "experiment"),
                        evaluations(model))
                .asTuple()
                .map(t -> new ModelDetail(model, t.getItem1(), t.getItem2(), t.getItem3())));
    }

    private Uni<List<EvaluationSummary>> evaluations(Model model) {
        Uni<List<Evaluation>> found;
        if (model.evaluationIds() == null) {
            found = training.evaluations(ListQuery.first(MAX_EVALUATIONS).withFilter("modelId", model.id()))
                    .map(Page::items);
        } else if (model.evaluationIds().isEmpty()) {
            return Uni.createFrom().item(List.of());
        } else {
            List<Uni<Evaluation>> each = new ArrayList<>();
            for (String id : model.evaluationIds().stream().limit(MAX_EVALUATIONS).toList()) {
                each.add(linked(id, training::evaluation, "evaluation"));
            }
            found = Uni.join().all(each).usingConcurrencyOf(PARALLEL_LOOKUPS).andFailFast().map(list -> list.stream().filter(Objects::nonNull).toList());
        }
        return found.map(list -> list.stream().map(EvaluationSummary::of).toList())
                .onFailure().recoverWithItem(e -> {
                    LOG.debugf("Evaluations of model %s left out: %s", model.id(), e.getMessage());
                    return List.of();
                });
    }

    /** The linked item, or null when there is none or it cannot be had (missing, upstream failing). */
    private static <T> Uni<T> linked(String id, Function<String, Uni<T>> lookup, String what) {
        if (id == null || id.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().deferred(() -> lookup.apply(id)).onFailure().recoverWithItem(e -> {
            LOG.debugf("Linked %s %s left out: %s", what, id, e.getMessage());
            return null;
        });
    }
}
