package dev.slmworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every browser test of a page shares: one Chromium per class, a fresh context and page per
 * test, console errors collected (a test ends with none unless it clears the ones it provoked),
 * failed responses named, and the locators users see (headings, buttons, fields by their names).
 */
abstract class InChromium {

    static Playwright playwright;
    static com.microsoft.playwright.Browser browser;

    @TestHTTPResource("/")
    URL root;

    BrowserContext context;
    Page page;
    final List<String> consoleErrors = new ArrayList<>();
    /** "Failed to load resource: 404" names no URL; this list does. */
    final List<String> failedResponses = new ArrayList<>();

    @BeforeAll
    static void launch() {
        playwright = Browser.playwright();
        browser = Browser.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    /** English, downloads allowed; bypassing the CSP only lets a test inject axe-core, the app's own requests are unchanged. */
    com.microsoft.playwright.Browser.NewContextOptions contextOptions() {
        return new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-US").setBypassCSP(true)
                .setAcceptDownloads(true);
    }

    @BeforeEach
    void open() {
        consoleErrors.clear();
        failedResponses.clear();
        context = browser.newContext(contextOptions());
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text());
            }
        });
        page.onPageError(consoleErrors::add);
        page.onResponse(r -> {
            if (r.status() >= 400) {
                failedResponses.add(r.status() + " " + r.request().method() + " " + r.url());
            }
        });
    }

    @AfterEach
    void closeContext() {
        context.close();
        assertEquals(List.of(), consoleErrors, "no console errors (failed responses: " + failedResponses + ")");
    }

    String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator textbox(String name) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator table(String name) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
