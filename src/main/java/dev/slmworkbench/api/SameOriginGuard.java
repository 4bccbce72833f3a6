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
 * browser names an origin, its host must be one of {@code ui.allowed-hosts}: comparing it with
 * {@code Host} would let a DNS-rebound page, whose origin and host are both the attacker's, pass.
 */
public class SameOriginGuard {

    /** The header every call of the SPA's service layer carries. */
    public static final String HEADER = "X-Requested-With";
    public static final String HEADER_VALUE = "slm-workbench";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final AllowedHosts allowed;

    public SameOriginGuard(AllowedHosts allowed) {
        this.allowed = allowed;
    }

    @ServerRequestFilter(preMatching = true, nonBlocking = true)
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
        if (origin != null && !allowedOrigin(origin)) {
            return refuse();
        }
        return null;
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

    private static Response refuse() {
        return ProblemResponses.of(Problem.of(403, "Request refused",
                "This change was refused because it did not come from SLM Workbench itself. Reload the page and try again."));
    }
}
