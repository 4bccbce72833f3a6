package dev.slmworkbench.api;

import dev.slmworkbench.training.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses state-changing {@code /api} calls that do not come from the app itself: they must
 * carry the header the SPA's service layer always sends (a cross-site form cannot) and, when the
 * browser names an origin, it must be this server's.
 */
public class SameOriginGuard {

    /** The header every call of the SPA's service layer carries. */
    public static final String HEADER = "X-Requested-With";
    public static final String HEADER_VALUE = "slm-workbench";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        if (SAFE.contains(ctx.getMethod()) || path == null || !(path.equals("/api") || path.startsWith("/api/"))) {
            return null;
        }
        if (!HEADER_VALUE.equals(ctx.getHeaderString(HEADER))) {
            return refuse();
        }
        String site = ctx.getHeaderString("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return refuse();
        }
        String origin = ctx.getHeaderString("Origin");
        if (origin != null && !sameHost(origin, ctx.getHeaderString("Host"))) {
            return refuse();
        }
        return null;
    }

    /** Browsers leave default ports out of both Origin and Host, so the two authorities compare as text. */
    private static boolean sameHost(String origin, String host) {
        try {
            String authority = URI.create(origin).getRawAuthority();
            return authority != null && host != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Response refuse() {
        return ProblemResponses.of(Problem.of(403, "Request refused",
                "This change was refused because it did not come from SLM Workbench itself. Reload the page and try again."));
    }
}
