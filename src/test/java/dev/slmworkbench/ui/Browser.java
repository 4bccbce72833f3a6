package dev.slmworkbench.ui;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts Debian's Chromium (or the one named by {@code CHROMIUM_PATH}) for Playwright. Only where
 * neither exists may Playwright fetch a browser of its own.
 */
final class Browser {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private Browser() {
    }

    static Optional<Path> chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        for (String candidate : new String[] {configured, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && !candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    static Playwright playwright() {
        Map<String, String> env = new HashMap<>();
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", chromium().isPresent() ? "1" : "0");
        return Playwright.create(new Playwright.CreateOptions().setEnv(env));
    }

    static com.microsoft.playwright.Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(FLAGS);
        chromium().ifPresent(options::setExecutablePath);
        return playwright.chromium().launch(options);
    }
}
