package dev.slmworkbench.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.slmworkbench.ui.LossChart.awaitDrawn;
import static dev.slmworkbench.ui.LossChart.chart;
import static dev.slmworkbench.ui.LossChart.drawnPixels;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Evaluations page in Chromium on the embedded sandbox (issue 10): filter, read, chart, compare, export. */
@QuarkusTest
class EvaluationsUiTest extends InChromium {

    static final String SEED_EVALUATION = "eval-seed-support-1";
    static final String SEED_EXPERIMENT = "exp-seed-support";
    static final String SEED_NAME = "SmolLM2 support assistant";
    static final String CSV_HEADER = "evaluationId,experiment,model,dataset,kind,name,step,epoch,value";

    /** A second evaluation, made once per class by a real (fast) sandbox run with another learning rate. */
    private static String second;

    private Locator combobox(String name) {
        return page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator radio(String name) {
        return page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator switchNamed(String name) {
        return page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Web Awesome draws its thumb over the switch's input: toggled as a keyboard user does, Space on the focused switch. */
    private void toggle(String name) {
        Locator control = switchNamed(name);
        boolean was = control.isChecked();
        control.focus();
        page.keyboard().press("Space");
        if (was) {
            assertThat(control).not().isChecked();
        } else {
            assertThat(control).isChecked();
        }
    }

    Locator seedCheckbox() {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Select " + SEED_NAME + ", evaluated ")));
    }

    private static boolean focused(Locator target) {
        return Boolean.TRUE.equals(target.evaluate("e => e.matches(':focus')"));
    }

    private void tabTo(Locator target) {
        for (int i = 0; i < 40 && !focused(target); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(target).isFocused();
    }

    private void tabBackTo(Locator target) {
        for (int i = 0; i < 40 && !focused(target); i++) {
            page.keyboard().press("Shift+Tab");
        }
        assertThat(target).isFocused();
    }

    static synchronized String secondEvaluation() throws InterruptedException {
        if (second != null) {
            return second;
        }
        Map<String, Object> base = given().get("/api/models?type=base&limit=1").then().statusCode(200).extract().path("items[0]");
        Map<String, Object> training = given().get("/api/datasets?type=training&limit=1").then().statusCode(200).extract().path("items[0]");
        Map<String, Object> evaluation = given().get("/api/datasets?type=evaluation&limit=1").then().statusCode(200).extract().path("items[0]");
        Map<String, Object> body = new HashMap<>();
        body.put("name", "UI evaluation " + System.nanoTime());
        body.put("baseModelId", base.get("id"));
        body.put("trainingDatasetId", training.get("id"));
        body.put("evaluationDatasetId", evaluation.get("id"));
        body.put("config", Map.of("learningRate", 3e-5, "epochs", 1, "batchSize", 8));
        String id = given().header("X-Requested-With", "slm-workbench").header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("application/json").body(body).when().post("/api/experiments").then()
                .statusCode(org.hamcrest.Matchers.lessThan(300)).extract().path("id");
        for (int i = 0; i < 120; i++) {
            List<String> ids = given().get("/api/experiments/" + id).then().statusCode(200).extract().path("evaluationIds");
            if (ids != null && !ids.isEmpty()) {
                second = ids.get(0);
                return second;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the sandbox run " + id + " made no evaluation within 30 s");
    }

    @Test
    void filterSelectAndReadOneEvaluationWithItsLossCurve() {
        page.navigate(url("/evaluations"));
        assertThat(heading()).hasText("Evaluations");
        assertThat(table("Evaluations")).isVisible();

        // Type to narrow the Experiment filter, then choose: the list and the URL follow.
        combobox("Experiment").click();
        combobox("Experiment").pressSequentially("smollm2 supp");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(SEED_NAME).setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("experimentId=" + SEED_EXPERIMENT));
        assertThat(combobox("Experiment")).hasValue(SEED_NAME);
        assertThat(table("Evaluations").locator("tbody tr")).hasCount(1);

        seedCheckbox().check();
        assertThat(page).hasURL(Pattern.compile("ids=" + SEED_EVALUATION));
        link("Open evaluation").click();
        assertThat(page).hasURL(Pattern.compile("/evaluations/" + SEED_EVALUATION + "$"));
        assertThat(heading()).hasText(SEED_NAME);
        Locator main = page.getByRole(AriaRole.MAIN);
        Locator metrics = main.locator("dl.metrics");
        assertThat(metrics).containsText("Accuracy");
        assertThat(metrics.locator("dd.value").first()).hasText(Pattern.compile("^\\d{1,3}\\.\\d%$"));
        assertThat(metrics.locator("dd.value").nth(2)).hasText(Pattern.compile("^(\\d+\\.\\d{2}|—)$"));
        assertThat(main.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Training statistics"))).isVisible();

        assertThat(chart(page)).isVisible();
        awaitDrawn(page);
        assertTrue(drawnPixels(page) > 500, "the loss curve is drawn");
        Axe.assertNoViolations(page, "one evaluation, light");

        radio("Epoch").click();
        assertThat(radio("Epoch")).isChecked();
        radio("Log").click();
        assertThat(radio("Log")).isChecked();
        assertTrue(drawnPixels(page) > 500, "the log chart by epoch is drawn");

        toggle("View as table");
        Locator points = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Loss curve points"));
        assertThat(points).isVisible();
        assertThat(points.locator("thead th").first()).hasText("Epoch");
        assertTrue(points.locator("tbody tr").count() > 1, "points are listed");
        assertThat(points.locator("thead th")).containsText(new String[] {"Epoch", "Training loss", "Evaluation loss"});

        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        toggle("View as table");
        assertThat(chart(page)).isVisible();
        assertTrue(drawnPixels(page) > 500, "redrawn in the dark theme");
        Axe.assertNoViolations(page, "one evaluation, dark");
    }

    @Test
    void compareTwoRunsExportTheirCsvAndReloadTheLink() throws Exception {
        String other = secondEvaluation();
        page.navigate(url("/evaluations/compare?ids=" + SEED_EVALUATION + "," + other));
        assertThat(heading()).hasText("Compare evaluations");
        Locator compare = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Compare runs"));
        assertThat(compare).isVisible();
        assertThat(chart(page)).isVisible();
        awaitDrawn(page);
        assertTrue(drawnPixels(page) > 500, "both curves are drawn");
        assertTrue(compare.getByText("Best", new Locator.GetByTextOptions().setExact(true)).count() >= 1, "a best value is marked in words");
        assertThat(compare.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^" + SEED_NAME)))).hasAttribute("aria-pressed", "true");

        Locator config = compare.getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("Configuration"));
        assertThat(config.locator("tbody th", new Locator.LocatorOptions().setHasText("Batch size"))).hasCount(1);
        toggle("Differences only");
        assertThat(config.locator("tbody th", new Locator.LocatorOptions().setHasText("Batch size"))).hasCount(0);
        assertThat(config.locator("tbody th", new Locator.LocatorOptions().setHasText("Learning rate"))).hasCount(1);
        Axe.assertNoViolations(page, "compare, light");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        Axe.assertNoViolations(page, "compare, dark");

        Download download = page.waitForDownload(() -> link("Export CSV").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertEquals(CSV_HEADER, csv.lines().findFirst().orElse(""));
        assertTrue(csv.contains(SEED_EVALUATION + ",") && csv.contains(other + ","), "both evaluations are in the CSV");

        page.reload();
        assertThat(compare).isVisible();
        assertThat(page).hasURL(Pattern.compile("/evaluations/compare\\?ids=" + SEED_EVALUATION + "," + other));
        // The list is one click away, with the compared runs still selected.
        link("All evaluations").click();
        assertThat(heading()).hasText("Evaluations");
        assertThat(seedCheckbox()).isChecked();
        assertThat(link("Compare 2 runs")).hasAttribute("href", "/evaluations/compare?ids=" + SEED_EVALUATION + "," + other);
    }

    @Test
    void aDeepLinkLoadsOnItsOwnAndTheKeyboardDrivesThePage() {
        page.navigate(url("/evaluations/" + SEED_EVALUATION));
        assertThat(chart(page)).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertThat(heading()).hasText(SEED_NAME);
        Locator evalLoss = button("Evaluation loss");
        tabTo(evalLoss);
        page.keyboard().press("Enter");
        assertThat(evalLoss).hasAttribute("aria-pressed", "false");

        // From the selection in the list, by keyboard alone: clear it, filter and select again, open.
        page.navigate(url("/evaluations?ids=" + SEED_EVALUATION));
        assertThat(seedCheckbox()).isChecked();
        tabTo(button("Clear selection"));
        page.keyboard().press("Enter");
        assertThat(seedCheckbox()).not().isChecked();
        // Focus stays where the selection was (its hint), not lost to the page: back up to the filter.
        assertThat(page.locator("sw-evaluations-page p.hint[tabindex='-1']")).isFocused();
        tabBackTo(combobox("Experiment"));
        page.keyboard().type("SmolLM2 support");
        assertThat(combobox("Experiment")).hasAttribute("aria-expanded", "true");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("experimentId=" + SEED_EXPERIMENT));
        tabTo(seedCheckbox());
        page.keyboard().press("Space");
        assertThat(page).hasURL(Pattern.compile("ids=" + SEED_EVALUATION));
        tabTo(link("Open evaluation"));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/evaluations/" + SEED_EVALUATION + "$"));
        assertThat(chart(page)).isVisible();

        // Back restores the list with the selection.
        page.goBack();
        assertThat(seedCheckbox()).isChecked();
        assertThat(chart(page)).hasCount(0);
    }

    @Test
    void theChartLoadsAndDrawsUnderTheStrictContentSecurityPolicy() {
        // The other tests bypass the CSP to inject axe-core; this one keeps it, as users get it.
        List<String> errors = new ArrayList<>();
        try (BrowserContext strict = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-US"))) {
            Page strictPage = strict.newPage();
            strictPage.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add(m.text());
                }
            });
            strictPage.onPageError(errors::add);
            com.microsoft.playwright.Response response = strictPage.navigate(url("/evaluations/" + SEED_EVALUATION));
            assertTrue(String.valueOf(response.headers().get("content-security-policy")).contains("default-src 'self'"),
                    "the page is served with the CSP");
            Locator canvas = chart(strictPage).locator("canvas");
            assertThat(canvas).isVisible();
            awaitDrawn(strictPage);
        }
        assertEquals(List.of(), errors, "no CSP violation or other console error");
    }
}
