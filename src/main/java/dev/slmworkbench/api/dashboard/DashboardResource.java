package dev.slmworkbench.api.dashboard;

import dev.slmworkbench.api.shared.ETags;
import dev.slmworkbench.web.problem.ProblemResponses;
import dev.slmworkbench.training.ListQuery;
import dev.slmworkbench.training.Problem;
import dev.slmworkbench.training.TrainingBackend;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestHeader;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The Home page's data in one call: the upstream is asked five things in parallel on the event
 * loop (no thread waits for the answers), and one failing part does not hide the others.
 */
@Path("/api/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    static final int RECENT = 5;

    private final TrainingBackend training;
    private final ETags etags;

    DashboardResource(TrainingBackend training, ETags etags) {
        this.training = training;
        this.etags = etags;
    }

    /** When every part failed the same way there is nothing to show: the answer is that one problem. */
    @GET
    @APIResponse(responseCode = "200", description = "Every part, each with its value or its own problem.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dashboard.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match (the Home page polls while runs go on).")
    public Uni<Response> dashboard(@RestHeader("If-None-Match") String ifNoneMatch) {
        Uni<CountCard> datasets = count(training.datasets(ListQuery.first(1)).map(p -> p.total()));
        Uni<CountCard> models = count(training.models(ListQuery.first(1)).map(p -> p.total()));
        Uni<CountCard> experiments = count(training.experiments(ListQuery.first(1)).map(p -> p.total()));
        Uni<CountCard> running = count(training.experiments(ListQuery.first(1).withFilter("status", "running"))
                .map(p -> p.total()));
        Uni<RecentExperimentsCard> recent = training.experiments(ListQuery.first(RECENT))
                .map(p -> RecentExperimentsCard.of(p.items()))
                .onFailure().recoverWithItem(e -> RecentExperimentsCard.failed(ProblemResponses.problemFor(e)));
        return Uni.combine().all().unis(datasets, models, experiments, running, recent).asTuple()
                .map(t -> respond(new Dashboard(t.getItem1(), t.getItem2(), t.getItem3(), t.getItem4(), t.getItem5()),
                        ifNoneMatch));
    }

    private Response respond(Dashboard dashboard, String ifNoneMatch) {
        Problem first = dashboard.datasets().error();
        boolean allFailed = first != null
                && dashboard.models().error() != null
                && dashboard.experiments().error() != null
                && dashboard.runningExperiments().error() != null
                && dashboard.recentExperiments().error() != null;
        return allFailed ? ProblemResponses.of(first) : etags.ok(dashboard, ifNoneMatch);
    }

    private static Uni<CountCard> count(Uni<Long> total) {
        return total.map(CountCard::of)
                .onFailure().recoverWithItem(e -> CountCard.failed(ProblemResponses.problemFor(e)));
    }
}
