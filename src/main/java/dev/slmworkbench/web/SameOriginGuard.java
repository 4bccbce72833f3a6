package dev.slmworkbench.web;

import dev.slmworkbench.web.problem.FailureHandler;
import dev.slmworkbench.training.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Refuses state-changing {@code /api} calls that do not come from the app itself: they must
 * carry the header the SPA's service layer always sends (a cross-site form cannot) and, when the
 * browser names an origin, its host must be one of {@code ui.allowed-hosts}: comparing it with
 * {@code Host} would let a DNS-rebound page, whose origin and host are both the attacker's, pass.
 * One filter on the routing level guards every route, Quarkus REST and Vert.x alike, before any
 * body is read.
 */
@ApplicationScoped
public class SameOriginGuard {

    /** The header every call of the SPA's service layer carries. */
    public static final String HEADER = "X-Requested-With";
    public static final String HEADER_VALUE = "slm-workbench";
    /** After {@link HostGuard}, before {@link BodyLimits}: a refused call's size does not matter. */
    static final int PRIORITY = 85;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Problem REFUSED = Problem.of(403, "Request refused",
            "This change was refused because it did not come from SLM Workbench itself. Reload the page and try again.");

    private final AllowedHosts allowed;
    private final FailureHandler problems;

    SameOriginGuard(AllowedHosts allowed, FailureHandler problems) {
        this.allowed = allowed;
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        // The normalised path is what every router matches ("/%61pi", "//api", "/./api" are "/api"), never the raw one.
        Optional<Problem> refused = refusal(request.method().name(), rc.normalizedPath(), request::getHeader);
        if (refused.isEmpty()) {
            rc.next();
            return;
        }
        // An unread body (an upload of any size) is not waited for: the client is stopped after the answer.
        problems.refuse(rc, refused.get());
    }

    /** Why a call must be refused, or empty when it may go ahead. */
    Optional<Problem> refusal(String method, String path, Function<String, String> header) {
        if (SAFE.contains(method) || !isApiPath(path)) {
            return Optional.empty();
        }
        if (!HEADER_VALUE.equals(header.apply(HEADER))) {
            return Optional.of(REFUSED);
        }
        String site = header.apply("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return Optional.of(REFUSED);
        }
        String origin = header.apply("Origin");
        if (origin != null && !allowedOrigin(origin)) {
            return Optional.of(REFUSED);
        }
        return Optional.empty();
    }

    /**
     * The first segment, percent-decoded, after any run of slashes and without matrix parameters,
     * is "api": read as loosely as any router could read it, so no spelling of an API path escapes.
     */
    static boolean isApiPath(String path) {
        if (path == null) {
            return false;
        }
        String decoded = decodeAscii(path);
        int start = 0;
        while (start < decoded.length() && (decoded.charAt(start) == '/' || decoded.charAt(start) == '\\')) {
            start++;
        }
        int end = start;
        while (end < decoded.length() && "/\\;".indexOf(decoded.charAt(end)) < 0) {
            end++;
        }
        return decoded.substring(start, end).equalsIgnoreCase("api");
    }

    /** Decodes ASCII percent-escapes, repeatedly, so "%252F" reads as "/" too; others stay as they are. */
    private static String decodeAscii(String s) {
        String current = s;
        for (int round = 0; round < 3 && current.indexOf('%') >= 0; round++) {
            StringBuilder out = new StringBuilder(current.length());
            for (int i = 0; i < current.length(); i++) {
                char c = current.charAt(i);
                if (c == '%' && i + 2 < current.length()) {
                    int hi = Character.digit(current.charAt(i + 1), 16);
                    int lo = Character.digit(current.charAt(i + 2), 16);
                    if (hi >= 0 && hi < 8 && lo >= 0) {
                        out.append((char) (hi * 16 + lo));
                        i += 2;
                        continue;
                    }
                }
                out.append(c);
            }
            current = out.toString();
        }
        return current;
    }

    /** The origin's scheme-less authority ({@code host[:port]}) must be an allowed host; "null" has none. */
    private boolean allowedOrigin(String origin) {
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            return uri.getRawUserInfo() == null && authority != null && allowed.allows(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
