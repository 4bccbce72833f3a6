package dev.slmworkbench.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.sandbox.problem.Problem;
import dev.slmworkbench.sandbox.problem.SandboxProblemMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The door of /sandbox, checked on the routing level before any resource runs or any body is read:
 * 404 while an external Training API is configured, 401 without the sandbox's bearer token, 404
 * for path segments made only of dots, and 404 problem JSON for paths no resource answers.
 */
@ApplicationScoped
public class SandboxGate {

    /** After the web headers filter (100), so refusals carry the security headers too. */
    static final int PRIORITY = 50;
    private static final Logger LOG = Logger.getLogger(SandboxGate.class);

    private final SandboxActivation activation;
    private final ObjectMapper json;
    private final byte[] expected;

    public SandboxGate(SandboxActivation activation, SandboxConfig config, ObjectMapper json) {
        this.activation = activation;
        this.json = json;
        String token = config.token() == null ? "" : config.token().strip();
        // An empty token would let anyone in: then nobody is let in
        this.expected = token.isEmpty() ? null : sha256(token);
        if (expected == null && activation.active()) {
            LOG.warn("SANDBOX_TOKEN is empty: the sandbox refuses every request. Unset it for a random token.");
        }
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void register(@Observes Router router) {
        router.route("/sandbox/*").last().handler(rc -> send(rc, 404, "Not found",
                "The sandbox Training API has nothing at this address."));
    }

    private void check(RoutingContext rc) {
        if (!isSandboxPath(rc.normalizedPath())) {
            rc.next();
            return;
        }
        if (!activation.active()) {
            send(rc, 404, "Not found", "The sandbox is off because an external Training API is configured.");
            return;
        }
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (!authorized(authorization)) {
            rc.response().putHeader("WWW-Authenticate", authorization == null
                    ? "Bearer realm=\"sandbox\""
                    : "Bearer realm=\"sandbox\", error=\"invalid_token\"");
            send(rc, 401, "Sandbox token required",
                    "The sandbox Training API answers only its own app: send its token as 'Authorization: Bearer <token>' "
                            + "(set it with SANDBOX_TOKEN).");
            return;
        }
        if (hasDotsOnlySegment(rc.request().path())) {
            send(rc, 404, "Not found", "Ids made only of dots do not exist in the sandbox.");
            return;
        }
        rc.next();
    }

    /** The first segment, decoded and without matrix parameters, is "sandbox": as any route would read it. */
    static boolean isSandboxPath(String path) {
        if (path == null) {
            return false;
        }
        String decoded = decode(path);
        int start = 0;
        while (start < decoded.length() && decoded.charAt(start) == '/') {
            start++;
        }
        int end = start;
        while (end < decoded.length() && decoded.charAt(end) != '/' && decoded.charAt(end) != ';') {
            end++;
        }
        return decoded.substring(start, end).equalsIgnoreCase("sandbox");
    }

    /** "." and ".." (also percent-encoded) vanish in path normalization; as ids they would name something else. */
    static boolean hasDotsOnlySegment(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        for (String segment : rawPath.split("/")) {
            int matrix = segment.indexOf(';');
            String name = decode(matrix >= 0 ? segment.substring(0, matrix) : segment);
            if (!name.isEmpty() && name.chars().allMatch(c -> c == '.')) {
                return true;
            }
        }
        return false;
    }

    /** Decodes the ASCII percent-escapes (enough to compare with "sandbox" and "."); others stay as they are. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0 && hi < 8) {
                    out.append((char) (hi * 16 + lo));
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Compares digests, so the time taken says nothing about the token or its length. */
    private boolean authorized(String header) {
        if (expected == null || header == null || header.length() < 7
                || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(header.substring(7).strip()));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void send(RoutingContext rc, int status, String title, String detail) {
        // An unread body (an upload of any size) is not waited for: the connection closes after the answer
        boolean unread = !rc.request().isEnded() && rc.request().version() != HttpVersion.HTTP_2;
        if (unread) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        String body;
        try {
            body = json.writeValueAsString(new Problem(null, title, status, detail, List.of()));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, SandboxProblemMapper.PROBLEM_JSON)
                .end(body)
                .onComplete(sent -> {
                    if (unread) {
                        rc.request().connection().close();
                    }
                });
    }
}
