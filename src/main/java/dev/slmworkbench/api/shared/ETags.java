package dev.slmworkbench.api.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Cheap polling: a JSON answer carries an {@code ETag} (a hash of its bytes), and a browser whose
 * {@code If-None-Match} still names it gets {@code 304 Not Modified} with no body.
 */
@ApplicationScoped
public class ETags {

    private final ObjectMapper json;

    ETags(ObjectMapper json) {
        this.json = json;
    }

    /** 200 with the body and its ETag, or 304 when the browser already has this body. */
    public Response ok(Object body, String ifNoneMatch) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answer not serialisable", e);
        }
        String tag = tag(bytes);
        if (matches(ifNoneMatch, tag)) {
            return Response.notModified().header("ETag", tag).build();
        }
        return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE).header("ETag", tag).build();
    }

    static String tag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 9110 weak comparison: {@code W/} prefixes are ignored, {@code *} matches any. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
