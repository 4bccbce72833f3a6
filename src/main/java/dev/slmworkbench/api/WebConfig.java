package dev.slmworkbench.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** What the browser side needs to know and how pages are served. */
@ConfigMapping(prefix = "ui")
public interface WebConfig {

    /** How often list and detail pages poll for changes. */
    @WithDefault("5s")
    Duration pollInterval();

    /** Off in dev mode only, where Vite's dev server injects inline scripts. */
    @WithDefault("true")
    boolean cspEnabled();

    /** The largest dataset upload {@code POST /api/datasets} accepts (the whole multipart body). */
    @WithDefault("2G")
    MemorySize maxUploadSize();

    @WithDefault("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
    String contentSecurityPolicy();
}
