package dev.slmworkbench.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.slmworkbench.ui.LossChart.awaitDrawn;
import static dev.slmworkbench.ui.LossChart.chart;
import static dev.slmworkbench.ui.LossChart.drawnPixels;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whole flow through the UI only, as a new user walks it on the sandbox (issue 10, item 10):
 * upload a training and an evaluation dataset, train through the wizard, watch the run complete,
 * open its model and its evaluation, read the metrics and the drawn loss curve, compare it with
 * the seeded example, export the CSV, and see Home's counts grown. Then every page of the flow is
 * opened by its URL on its own and checked by axe-core in light and dark.
 */
@QuarkusTest
class WholeFlowUiTest extends InChromium {

    static final String SEED_EVALUATION = "eval-seed-support-1";
    static final String SEED_EXPERIMENT_NAME = "SmolLM2 support assistant";
    static final String CSV_HEADER = "evaluationId,experiment,model,dataset,kind,name,step,epoch,value";

    /** A regular expression matching this text literally; Playwright hands patterns to JavaScript, which knows no \\Q…\\E. */
    private static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    private Locator region(String name) {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator navLink(String name) {
        return page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static long total(String part) {
        return ((Number) given().get("/api/dashboard").then().statusCode(200).extract().path(part + ".total")).longValue();
    }

    private void upload(String name, String type, String fileName, String content) {
        textbox("Dataset name").fill(name);
        textbox("Description").fill("Uploaded by the whole-flow test");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Dataset type").setExact(true))
                .selectOption(new SelectOption().setLabel(type));
        page.getByLabel("File", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload(fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
        button("Upload").click();
        assertThat(table("Datasets").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true)))
                .isVisible();
    }

    /** On a choice step of the wizard: search for the item by name, choose it, go on. */
    private void choose(String searchLabel, String name) {
        page.getByLabel(searchLabel, new Page.GetByLabelOptions().setExact(true)).fill(name);
        Locator radio = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^" + literal(name))));
        radio.check();
        assertThat(radio).isChecked();
        button("Next").click();
    }

    private static String rows(int count) {
        StringBuilder csv = new StringBuilder("prompt,answer\n");
        for (int i = 0; i < count; i++) {
            csv.append("Question ").append(i).append(",\"Answer ").append(i).append(", politely\"\n");
        }
        return csv.toString();
    }

    @Test
    void aNewUserUploadsTrainsWatchesReadsComparesExportsAndSeesHomeGrow() throws Exception {
        long datasets = total("datasets");
        long models = total("models");
        long experiments = total("experiments");
        String tag = Long.toString(System.nanoTime(), 36);
        String trainingName = "Flow training " + tag;
        String evaluationName = "Flow held out " + tag;
        String experimentName = "Flow run " + tag;
        List<String> visited = new ArrayList<>();

        // Home, then Datasets through the navigation.
        page.navigate(url("/"));
        assertThat(heading()).hasText("Home");
        visited.add("/");
        navLink("Datasets").click();
        assertThat(heading()).hasText("Datasets");
        visited.add("/datasets");
        upload(trainingName, "Training", "flow-training.csv", rows(40));
        upload(evaluationName, "Evaluation", "flow-eval.csv", rows(10));

        // The wizard, with the two new datasets and the defaults for the rest.
        navLink("Train Model").click();
        assertThat(heading()).hasText("Train Model");
        visited.add("/train");
        textbox("Experiment name").fill(experimentName);
        textbox("Goal").fill("Answer support questions politely");
        button("Next").click();
        Locator firstBase = page.getByRole(AriaRole.RADIO).first();
        firstBase.check();
        button("Next").click();
        choose("Search training datasets", trainingName);
        choose("Search evaluation datasets", evaluationName);
        assertThat(textbox("Learning rate")).hasValue("2e-5");
        button("Next").click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(trainingName);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(evaluationName);
        button("Launch training").click();

        // The run, watched on its page until it completes, without a reload.
        assertThat(page).hasURL(Pattern.compile("/experiments/[^/?]+$"));
        String experimentPath = new java.net.URL(page.url()).getPath();
        visited.add(experimentPath);
        assertThat(heading()).containsText(experimentName);
        assertThat(heading()).hasText(Pattern.compile(literal(experimentName) + "\\s*Completed"),
                new LocatorAssertions.HasTextOptions().setTimeout(45_000));

        // Its resulting model in Models, and from there its evaluation.
        link("Resulting model").click();
        assertThat(page).hasURL(Pattern.compile("/models/[^/?]+$"));
        visited.add(new java.net.URL(page.url()).getPath());
        Locator drawer = page.locator("sw-drawer");
        Locator evaluationLink = drawer.locator("a[href^='/evaluations/']").first();
        assertThat(evaluationLink).isVisible();
        evaluationLink.click();
        assertThat(page).hasURL(Pattern.compile("/evaluations/[^/?]+$"));
        String evaluationId = page.url().replaceAll(".*/evaluations/", "");
        visited.add(new java.net.URL(page.url()).getPath());

        // Its metrics and the loss curve, drawn, on the evaluation's own page.
        assertThat(heading()).hasText(experimentName);
        Locator metrics = page.getByRole(AriaRole.MAIN).locator("dl.metrics");
        assertThat(metrics).containsText("Accuracy");
        assertThat(metrics.locator("dd.value").first()).hasText(Pattern.compile("^\\d{1,3}\\.\\d%$"));
        assertThat(chart(page)).isVisible();
        awaitDrawn(page);
        assertTrue(drawnPixels(page) > 500, "the loss curve is drawn");

        // Compared with the seeded example: both selected in the list, the comparison on its page.
        link("All evaluations").click();
        assertThat(heading()).hasText("Evaluations");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Select " + literal(experimentName) + ", evaluated "))).check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Select " + SEED_EXPERIMENT_NAME + ", evaluated "))).check();
        link("Compare 2 runs").click();
        Locator compare = region("Compare runs");
        assertThat(compare).isVisible();
        assertThat(page).hasURL(Pattern.compile("/evaluations/compare\\?ids=.*" + literal(SEED_EVALUATION)));
        assertThat(page).hasURL(Pattern.compile("ids=.*" + literal(evaluationId)));
        assertThat(compare).containsText(experimentName);
        assertTrue(drawnPixels(page) > 500, "both loss curves are drawn");
        visited.add(new java.net.URL(page.url()).getFile());

        // The CSV of the two.
        Download download = page.waitForDownload(() -> link("Export CSV").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertEquals(CSV_HEADER, csv.lines().findFirst().orElse(""));
        assertTrue(csv.contains(evaluationId + ",") && csv.contains(SEED_EVALUATION + ","), "both evaluations are in the CSV");

        // Home again: two more datasets, one more model, one more experiment.
        navLink("Home").click();
        assertThat(heading()).hasText("Home");
        assertThat(region("Total datasets")).containsText(String.valueOf(datasets + 2));
        assertThat(region("Total models")).containsText(String.valueOf(models + 1));
        assertThat(region("Total experiments")).containsText(String.valueOf(experiments + 1));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(experimentName).setExact(true))).isVisible();

        assertEquals(List.of(), failedResponses, "no failed requests");

        // Every page of the flow opened by its URL loads on its own, with no axe violations in light and dark.
        for (String path : visited) {
            for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
                page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
                page.navigate(url(path));
                assertThat(heading()).isVisible();
                page.getByRole(AriaRole.MAIN).locator("sw-loading").first()
                        .waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
                Axe.assertNoViolations(page, path + " (" + scheme.name().toLowerCase() + ")");
            }
        }
        assertEquals(List.of(), failedResponses, "no failed requests when the pages are opened by their URL");
    }
}
