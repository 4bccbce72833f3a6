package dev.slmworkbench.web;

import dev.slmworkbench.web.problem.FailureHandler;
import dev.slmworkbench.http.ByteSizes;
import dev.slmworkbench.training.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Map;

/**
 * The request's address and headers are capped here, below the HTTP codec's own (far larger) caps
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}): the codec answers a
 * request past its caps with a bare 414 or 431, without a body or the security headers, while past
 * these a person gets a sentence and the same headers as every other answer.
 */
@ApplicationScoped
public class HeadLimits {

    /** After {@link WebHeaders} (the answer gets its headers), before everything that reads the request. */
    static final int PRIORITY = 95;

    private final int maxUriLength;
    private final long maxHeaderSize;
    private final FailureHandler problems;

    HeadLimits(WebConfig config, FailureHandler problems) {
        this.maxUriLength = config.maxUriLength();
        this.maxHeaderSize = config.maxHeaderSize().asLongValue();
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri != null && uri.length() > maxUriLength) {
            problems.refuse(rc, Problem.of(414, "Address too long", "The address of this request is longer than the "
                    + String.format(Locale.ROOT, "%,d", maxUriLength) + " characters this server accepts. "
                    + "Shorten it, for example by using fewer filters, and try again."));
        } else if (headerSize(rc.request().headers()) > maxHeaderSize) {
            problems.refuse(rc, Problem.of(431, "Headers too large", "The headers of this request are larger than the "
                    + ByteSizes.describe(maxHeaderSize) + " this server accepts. Clearing this site's cookies "
                    + "usually helps; then try again."));
        } else {
            rc.next();
        }
    }

    /** About what the headers take on the wire: name, value, and ": " and CRLF for each. */
    static long headerSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }
}
