package dev.slmworkbench.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** What the browser side needs to know, how pages are served, and what the public port accepts. */
@ConfigMapping(prefix = "ui")
public interface WebConfig {

    /** How often list and detail pages poll for changes. */
    @WithDefault("5s")
    Duration pollInterval();

    /** A queued or running experiment unchanged for longer than this is shown as stale. */
    @WithDefault("10m")
    Duration staleAfter();

    /** Off in dev mode only, where Vite's dev server injects inline scripts. */
    @WithDefault("true")
    boolean cspEnabled();

    /** The largest dataset upload {@code POST /api/datasets} accepts (the whole multipart body). */
    @WithDefault("2G")
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxUploadSize();

    /**
     * An upload that brings fewer bytes than this per second, over each {@link #uploadPaceWindow()},
     * is stopped with a 408 (time the server spends waiting for the Training API does not count).
     */
    @WithDefault("1K")
    @WithConverter(MemorySizeConverter.class)
    MemorySize uploadMinRate();

    /** How long an upload is watched for its pace before it is judged. */
    @WithDefault("30s")
    Duration uploadPaceWindow();

    /** An upload whose first record has more columns (CSV header fields, JSON keys) is refused. */
    @WithDefault("1000")
    int uploadMaxColumns();

    /**
     * Bad records (not valid JSON, a missing or empty mapped field, a CSV row of the wrong width, …)
     * an upload may have: they are left out of the file and counted; one more refuses the upload.
     */
    @WithDefault("0")
    long uploadMaxBadRecords();

    /** The longest record of an uploaded dataset (one JSON Lines line, one CSV record, one JSON array item). */
    @WithDefault("1M")
    @WithConverter(MemorySizeConverter.class)
    MemorySize uploadMaxRecordSize();

    /** A dataset preview shows at most this many columns and says how many there are. */
    @WithDefault("100")
    int previewMaxColumns();

    /** A preview cell (or column name) longer than this many characters is cut, with an ellipsis. */
    @WithDefault("2000")
    int previewMaxCellLength();

    /** A preview holds at most this many characters of text; rows beyond them are left out. */
    @WithDefault("500000")
    int previewMaxChars();

    @WithDefault("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
    String contentSecurityPolicy();

    /** Browser features no page of the app uses, switched off for it and anything it could embed. */
    @WithDefault("accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), "
            + "magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()")
    String permissionsPolicy();

    /**
     * The host names (optionally with a port) the public port answers to; any other {@code Host} gets
     * 421, which defeats DNS rebinding. Without a port an entry allows every port.
     */
    @WithDefault("localhost,127.0.0.1,[::1]")
    List<String> allowedHosts();

    /** Largest request body outside the upload routes (JSON and everything else). */
    @WithDefault("1M")
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxBodySize();

    /**
     * Longest request target (path and query) answered; longer gets 414 problem JSON. Keep it below
     * {@code quarkus.http.limits.max-initial-line-length}, past which the HTTP codec answers a bare 414.
     */
    @WithDefault("8192")
    int maxUriLength();

    /**
     * Largest header block answered; larger gets 431 problem JSON. Keep it below
     * {@code quarkus.http.limits.max-header-size}, past which the HTTP codec answers a bare 431.
     */
    @WithDefault("20K")
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxHeaderSize();
}
