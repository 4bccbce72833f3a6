package dev.slmworkbench.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.training.Problem;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The last word on what no resource answered: an unknown API path is a 404 problem (not the SPA's
 * page), and a failure nobody mapped is a 500 problem without a stack trace or class name.
 */
@ApplicationScoped
public class ProblemRoutes {

    private static final Logger LOG = Logger.getLogger(ProblemRoutes.class);

    private final ObjectMapper json;

    ProblemRoutes(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route("/api/*").last().handler(rc -> send(rc, Problem.of(404, "Not found",
                "There is nothing at this address.")));
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
    }

    private void failed(RoutingContext rc) {
        if (rc.response().headWritten()) {
            rc.next();
            return;
        }
        int status = rc.statusCode() >= 400 ? rc.statusCode() : 500;
        if (status >= 500) {
            LOG.error("Request failed: " + rc.request().method() + " " + rc.normalizedPath(), rc.failure());
            send(rc, Problem.of(status, "Something went wrong",
                    "The server could not complete this request. Try again; if it keeps failing, contact your administrator."));
        } else {
            send(rc, Problem.of(status, status == 404 ? "Not found" : "Request refused",
                    status == 404 ? "There is nothing at this address." : "The server refused this request (HTTP " + status + ")."));
        }
    }

    private void send(RoutingContext rc, Problem problem) {
        ProblemResponses.send(rc.response(), json, problem);
    }
}
