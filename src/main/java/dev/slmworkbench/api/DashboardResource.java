package dev.slmworkbench.api;

import dev.slmworkbench.training.ListQuery;
import dev.slmworkbench.training.TrainingClient;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import dev.slmworkbench.training.Problem;
import java.util.function.Supplier;

/** The Home page's data in one call: the upstream is asked in parallel, and one failing part does not hide the others. */
@Path("/api/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    static final int RECENT = 5;

    private final TrainingClient training;

    DashboardResource(TrainingClient training) {
        this.training = training;
    }

    /** When every part failed the same way there is nothing to show: the answer is that one problem. */
    @GET
    public Uni<Response> dashboard() {
        Uni<CountCard> datasets = count(() -> training.datasets(ListQuery.first(1)).total());
        Uni<CountCard> models = count(() -> training.models(ListQuery.first(1)).total());
        Uni<CountCard> experiments = count(() -> training.experiments(ListQuery.first(1)).total());
        Uni<RecentExperimentsCard> recent = onWorker(() -> training.experiments(ListQuery.first(RECENT)).items())
                .map(RecentExperimentsCard::of)
                .onFailure().recoverWithItem(e -> RecentExperimentsCard.failed(ProblemResponses.problemFor(e)));
        return Uni.combine().all().unis(datasets, models, experiments, recent).asTuple()
                .map(t -> respond(new Dashboard(t.getItem1(), t.getItem2(), t.getItem3(), t.getItem4())));
    }

    private static Response respond(Dashboard dashboard) {
        Problem first = dashboard.datasets().error();
        boolean allFailed = first != null
                && dashboard.models().error() != null
                && dashboard.experiments().error() != null
                && dashboard.recentExperiments().error() != null;
        return allFailed ? ProblemResponses.of(first) : Response.ok(dashboard).build();
    }

    private static Uni<CountCard> count(Supplier<Long> total) {
        return onWorker(total)
                .map(CountCard::of)
                .onFailure().recoverWithItem(e -> CountCard.failed(ProblemResponses.problemFor(e)));
    }

    /** Upstream calls block, so each runs on its own worker thread. */
    private static <T> Uni<T> onWorker(Supplier<T> call) {
        return Uni.createFrom().item(call).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
