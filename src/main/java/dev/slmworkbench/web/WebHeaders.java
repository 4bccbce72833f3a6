package dev.slmworkbench.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Security and caching headers on every response of the public port: pages, assets, {@code /api},
 * {@code /sandbox}, refusals and errors alike, because they are added just before the headers leave.
 * (Health and metrics are on the management port, which browsers do not use.)
 */
@ApplicationScoped
public class WebHeaders {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String HSTS = "max-age=31536000";

    private final WebConfig config;

    WebHeaders(WebConfig config) {
        this.config = config;
    }

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, 100);
    }

    private void addHeaders(RoutingContext rc) {
        String path = rc.normalizedPath();
        // Over TLS, or behind a proxy that says so when Quarkus proxy support is on (Quarkus then rewrites isSSL).
        boolean tls = rc.request().isSSL();
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            if (config.cspEnabled()) {
                headers.set("Content-Security-Policy", config.contentSecurityPolicy());
            }
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("Cross-Origin-Resource-Policy", "same-origin");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            headers.set("Permissions-Policy", config.permissionsPolicy());
            if (tls) {
                headers.set("Strict-Transport-Security", HSTS);
            }
            headers.set("Cache-Control", cacheControl(path, rc.response().getStatusCode(), headers));
        });
        rc.next();
    }

    /**
     * Hashed assets never change. HTML and files sent as attachments (downloads, the export) are never
     * stored. API and sandbox answers carry a user's data: revalidated, and kept by this browser only,
     * never by a shared cache. Everything else is revalidated.
     */
    static String cacheControl(String path, int status, MultiMap headers) {
        String type = headers.get("Content-Type");
        if (type != null && type.startsWith("text/html")) {
            return "no-store";
        }
        String disposition = headers.get("Content-Disposition");
        if (disposition != null && disposition.strip().toLowerCase(Locale.ROOT).startsWith("attachment")) {
            return "no-store";
        }
        if (status == 200 && path != null && path.startsWith("/assets/")) {
            return IMMUTABLE;
        }
        String current = headers.get("Cache-Control");
        if (current != null) {
            return current;
        }
        return userData(path) ? "private, no-cache" : "no-cache";
    }

    private static boolean userData(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/") || path.equals("/sandbox")
                || path.startsWith("/sandbox/"));
    }
}
