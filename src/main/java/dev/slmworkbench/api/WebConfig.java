package dev.slmworkbench.api;

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

    @WithDefault("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
    String contentSecurityPolicy();

    /** Browser features no page of the app uses, switched off for it and anything it could embed. */
    @WithDefault("accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), "
            + "magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()")
    String permissionsPolicy();

}
