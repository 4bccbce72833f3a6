package dev.slmworkbench.ui;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts Debian's Chromium (or the one named by {@code CHROMIUM_PATH}) for Playwright. Playwright
 * never downloads a browser: without Chromium the browser tests fail with one sentence saying what
 * to install.
 */
final class Browser {

    static final String NOT_FOUND =
            "Chromium not found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.";

    private static final List<Path> DEFAULT_PATHS = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private Browser() {
    }

    /** The Chromium to drive, checked before Playwright starts so that a missing one is named plainly. */
    static Path chromium() {
        return chromium(System.getenv("CHROMIUM_PATH"), DEFAULT_PATHS);
    }

    /** {@code CHROMIUM_PATH} when set (and then only it), else the first executable default. */
    static Path chromium(String configured, List<Path> defaults) {
        List<Path> candidates = configured != null && !configured.isBlank() ? List.of(Path.of(configured.trim())) : defaults;
        return candidates.stream()
                .filter(path -> Files.isRegularFile(path) && Files.isExecutable(path))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(NOT_FOUND));
    }

    static Playwright playwright() {
        chromium();
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static com.microsoft.playwright.Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(FLAGS)
                .setExecutablePath(chromium());
        return playwright.chromium().launch(options);
    }
}
