package dev.slmworkbench.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The packaged UI in Chromium, on the embedded sandbox: shell, navigation, deep links, Home. */
@QuarkusTest
class ShellUiTest extends InChromium {

    static final List<String> LINKS = List.of("Home", "Datasets", "Models", "Experiments", "Evaluations", "Train Model");
    static final List<String> PATHS = List.of("/", "/datasets", "/models", "/experiments", "/evaluations", "/train");

    /** Without the CSP bypass the other browser tests use: CSP violations show up as console errors here. */
    @Override
    com.microsoft.playwright.Browser.NewContextOptions contextOptions() {
        return new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-US");
    }

    /** Each test here checks the console itself, some after provoking an error on purpose. */
    @Override
    void closeContext() {
        context.close();
    }

    private Locator nav() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
    }

    @Test
    void sidebarHasTheSixLinksAndEachNavigates() {
        page.navigate(url("/"));
        Locator links = nav().getByRole(AriaRole.LINK);
        assertThat(links).hasCount(6);
        for (int i = 0; i < LINKS.size(); i++) {
            assertThat(links.nth(i)).hasAccessibleName(LINKS.get(i));
        }
        for (int i = LINKS.size() - 1; i >= 0; i--) {
            Locator link = nav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(LINKS.get(i)).setExact(true));
            link.click();
            page.waitForURL(url(PATHS.get(i)));
            assertThat(heading()).hasText(LINKS.get(i));
            assertThat(heading()).hasCount(1);
            assertThat(link).hasAttribute("aria-current", "page");
            assertThat(page).hasTitle(java.util.regex.Pattern.compile(LINKS.get(i) + ".*SLM Workbench"));
        }
        assertEquals(List.of(), consoleErrors, "no console errors, CSP violations included; failed responses: " + failedResponses);
        assertEquals(List.of(), failedResponses, "no request fails");
    }

    @Test
    void deepLinkReloadsToTheSamePageAndBackWorks() {
        page.navigate(url("/models"));
        assertThat(heading()).hasText("Models");
        page.reload();
        assertThat(heading()).hasText("Models");
        assertThat(nav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Models")))
                .hasAttribute("aria-current", "page");
        nav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Datasets")).click();
        assertThat(heading()).hasText("Datasets");
        page.goBack();
        assertThat(heading()).hasText("Models");
    }

    @Test
    void unknownRouteShowsAFriendlyNotFoundPage() {
        page.navigate(url("/no/such/page"));
        assertThat(heading()).hasText("Page not found");
        assertThat(nav()).isVisible();
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("home", java.util.regex.Pattern.CASE_INSENSITIVE))).first().click();
        assertThat(heading()).hasText("Home");
    }

    @Test
    void homeShowsTheSandboxCountsRecentExperimentsAndTheCallToAction() {
        io.restassured.path.json.JsonPath dashboard = given().get("/api/dashboard").then().statusCode(200).extract().jsonPath();
        int datasets = dashboard.getInt("datasets.total");
        int running = dashboard.getInt("runningExperiments.total");
        String firstId = dashboard.getString("recentExperiments.items[0].id");
        String firstName = dashboard.getString("recentExperiments.items[0].name");
        page.navigate(url("/"));
        assertThat(heading()).hasText("Home");
        Locator card = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Total datasets"));
        assertThat(card).containsText(NumberFormat.getIntegerInstance(Locale.US).format(datasets));
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Total models"))).isVisible();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Total experiments")))
                .containsText(running + " running");
        Locator table = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Recent experiments"));
        assertThat(table).isVisible();
        assertTrue(table.getByRole(AriaRole.ROW).count() >= 2, "a header row and at least the seeded experiment");
        Locator first = table.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(firstName).setExact(true)).first();
        assertThat(first).hasAttribute("href", "/experiments/" + firstId);
        assertThat(page.getByText("Sandbox", new Page.GetByTextOptions().setExact(true))).isVisible();
        Locator cta = page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Train Model"));
        cta.click();
        assertThat(heading()).hasText("Train Model");
        page.goBack();
        table.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(firstName).setExact(true)).first().click();
        assertThat(page).hasURL(url("/experiments/" + firstId));
        assertThat(heading()).containsText(firstName);
    }

    @Test
    void homeShowsAReadableErrorWithARetryThatRetries() {
        AtomicInteger calls = new AtomicInteger();
        page.route("**/api/dashboard", route -> {
            if (calls.incrementAndGet() == 1) {
                route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(503)
                        .setContentType("application/problem+json")
                        .setBody("{\"status\":503,\"title\":\"Training API unavailable\","
                                + "\"detail\":\"The Training API is not reachable. Try again in a moment.\"}"));
            } else {
                route.resume();
            }
        });
        page.navigate(url("/"));
        Locator alert = page.getByRole(AriaRole.ALERT);
        assertThat(alert).containsText("The Training API is not reachable");
        alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retry")).click();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Recent experiments"))).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
        assertEquals(2, calls.get());
    }

    @Test
    void narrowScreenCollapsesTheSidebarBehindAMenuButton() {
        page.setViewportSize(360, 740);
        page.navigate(url("/"));
        Locator menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
        assertThat(menu).isVisible();
        assertThat(menu).hasAttribute("aria-expanded", "false");
        assertThat(nav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Models"))).not().isVisible();
        menu.click();
        assertThat(menu).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("main")).hasAttribute("inert", "");
        page.keyboard().press("Escape");
        assertThat(menu).hasAttribute("aria-expanded", "false");
        assertThat(menu).isFocused();
        menu.click();
        nav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Models")).click();
        assertThat(heading()).hasText("Models");
        assertThat(menu).hasAttribute("aria-expanded", "false");
        // At phone width a list's rows are cards (issue 23, item 4).
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Models"))).isVisible();
        assertNoHorizontalScrolling("/models");
        // Every list page shows its rows as cards that fit, the wizard fits too.
        for (String path : List.of("/datasets", "/experiments", "/train")) {
            page.navigate(url(path));
            assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LISTITEM).or(
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next").setExact(true))).first()).isVisible();
            assertNoHorizontalScrolling(path);
        }
    }

    private void assertNoHorizontalScrolling(String path) {
        Object scrollWidth = page.evaluate("() => document.documentElement.scrollWidth");
        assertTrue(((Number) scrollWidth).intValue() <= 360, "no horizontal scrolling at 360 px on " + path + ": " + scrollWidth);
    }
}
