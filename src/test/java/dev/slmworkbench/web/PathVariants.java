package dev.slmworkbench.web;

import java.util.List;

/** Spellings of one path that a router may read as that path: each must meet the same guards. */
final class PathVariants {

    private PathVariants() {
    }

    /** {@code path} (starting "/api/") spelled in every way that could slip past a comparison of strings. */
    static List<String> of(String path) {
        String rest = path.substring("/api".length());
        return List.of(
                "/%61pi" + rest,
                "/%61%70%69" + rest,
                "//api" + rest,
                "/./api" + rest,
                "/api/../api" + rest,
                "/x/../api" + rest,
                "/api/%2e" + rest,
                "/api/%2E%2E/api" + rest,
                "/api" + rest + "/",
                "/api" + rest.replace("/", "%2F"),
                "/api" + rest.replace("/", "%2f"),
                "/%2Fapi" + rest,
                "/api;x=1" + rest,
                "/api" + rest.replaceFirst("/", "//"));
    }
}
