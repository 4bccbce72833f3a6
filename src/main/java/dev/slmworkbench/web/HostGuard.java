package dev.slmworkbench.web;

import dev.slmworkbench.web.problem.FailureHandler;
import dev.slmworkbench.training.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers 421 to every request on the public port whose host is not in {@code ui.allowed-hosts},
 * before any body is read. The host is the {@code Host} header, or the forwarded host only when
 * Quarkus proxy support is on (Quarkus then rewrites the request's authority). The management
 * interface is another router and is not filtered: probes arrive there by pod address.
 */
@ApplicationScoped
public class HostGuard {

    /** Runs right after {@link WebHeaders} registers its headers, so the refusal carries them too. */
    static final int PRIORITY = 90;

    private final AllowedHosts allowed;
    private final FailureHandler problems;

    HostGuard(AllowedHosts allowed, FailureHandler problems) {
        this.allowed = allowed;
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext rc) {
        if (allowed.allows(rc.request().authority())) {
            rc.next();
            return;
        }
        UnreadBodies.announceClose(rc.request());
        problems.send(rc, Problem.of(421, "Wrong address",
                "This server does not answer to the address in your browser. Use the address your administrator gave you."))
                .onComplete(sent -> {
                    if (UnreadBodies.http2(rc.request())) {
                        UnreadBodies.stop(rc.request());
                    }
                });
    }
}
