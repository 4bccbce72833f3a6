package dev.slmworkbench.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Train Model wizard and the Experiments pages in Chromium on the embedded sandbox (issue 9, item 13). */
@QuarkusTest
class TrainAndExperimentsUiTest extends InChromium {

    static final List<String> STEPS = List.of("Experiment details", "Base model", "Training dataset", "Evaluation dataset",
            "Training configuration", "Review & launch");

    private static boolean focused(Locator target) {
        return Boolean.TRUE.equals(target.evaluate("e => e.matches(':focus')"));
    }

    /** Presses Tab until the target has focus: the wizard is driven as a keyboard user would. */
    private void tabTo(Locator target) {
        for (int i = 0; i < 25 && !focused(target); i++) {
            page.keyboard().press("Tab");
        }
        assertThat(target).isFocused();
    }

    private void next(int toStep) {
        tabTo(button("Next"));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("step=" + toStep));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName(STEPS.get(toStep - 1))))
                .isVisible();
    }

    /** On a choice step: Tab into the radio group and choose with Space. */
    private void chooseByKeyboard() {
        assertThat(button("Next")).isDisabled();
        Locator radio = page.getByRole(AriaRole.RADIO).first();
        assertThat(radio).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        tabTo(radio);
        page.keyboard().press("Space");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setChecked(true))).hasCount(1);
        assertThat(button("Next")).isEnabled();
    }

    private static String createThroughTheBff(String name) {
        return createThroughTheBff(name, 3);
    }

    private static String createThroughTheBff(String name, int epochs) {
        Map<String, Object> base = given().get("/api/models?type=base&limit=1").then().statusCode(200).extract().path("items[0]");
        Map<String, Object> training = given().get("/api/datasets?type=training&limit=1").then().statusCode(200).extract().path("items[0]");
        Map<String, Object> evaluation = given().get("/api/datasets?type=evaluation&limit=1").then().statusCode(200).extract().path("items[0]");
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("baseModelId", base.get("id"));
        body.put("trainingDatasetId", training.get("id"));
        body.put("evaluationDatasetId", evaluation.get("id"));
        body.put("config", Map.of("learningRate", 2e-5, "epochs", epochs, "batchSize", 8));
        return given().header("X-Requested-With", "slm-workbench").header("Idempotency-Key", java.util.UUID.randomUUID().toString()).contentType("application/json").body(body)
                .when().post("/api/experiments").then().statusCode(org.hamcrest.Matchers.lessThan(300)).extract().path("id");
    }

    @Test
    void theWizardIsCompletedByKeyboardAndADoubleClickedLaunchCreatesOneExperimentThatRunsToCompletion() {
        String name = "UI wizard " + System.nanoTime();
        page.navigate(url("/train"));
        assertThat(heading()).hasText("Train Model");
        Locator experimentName = textbox("Experiment name");
        assertThat(button("Next")).isDisabled();

        // A field left empty shows its error inline; Next stays disabled.
        tabTo(experimentName);
        page.keyboard().type("x");
        page.keyboard().press("Backspace");
        page.keyboard().press("Enter");
        assertThat(experimentName).hasAttribute("aria-invalid", "true");
        assertThat(button("Next")).isDisabled();
        Axe.assertNoViolations(page, "step 1 with an error shown");
        page.keyboard().type(name);
        assertThat(experimentName).hasAttribute("aria-invalid", "false");
        next(2);
        Axe.assertNoViolations(page, "step 2");
        chooseByKeyboard();
        next(3);
        Axe.assertNoViolations(page, "step 3");
        chooseByKeyboard();
        next(4);
        Axe.assertNoViolations(page, "step 4");
        chooseByKeyboard();
        next(5);
        Locator learningRate = textbox("Learning rate");
        assertThat(learningRate).hasValue("2e-5");
        assertThat(textbox("Epochs")).hasValue("3");
        assertThat(textbox("Batch size")).hasValue("8");
        tabTo(learningRate);
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("fast");
        assertThat(learningRate).hasAttribute("aria-invalid", "true");
        assertThat(button("Next")).isDisabled();
        Axe.assertNoViolations(page, "step 5 with an error shown");
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("3e-5");
        assertThat(learningRate).hasAttribute("aria-invalid", "false");
        next(6);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(name);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("3e-5");
        Axe.assertNoViolations(page, "step 6");

        // Back keeps the draft; the keyboard brings the user back to the review.
        tabTo(button("Back"));
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("step=5"));
        assertThat(learningRate).hasValue("3e-5");
        next(6);

        page.evaluate("() => { window.notReloaded = true; }");
        button("Launch training").dblclick();
        assertThat(page).hasURL(Pattern.compile("/experiments/[^/?]+$"), new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(15_000));
        assertThat(heading()).containsText(name);
        assertEquals(1, (int) given().queryParam("q", name).get("/api/experiments").then().statusCode(200).extract().path("total"),
                "a double-clicked Launch training creates exactly one experiment");

        // The detail polls: queued or running first, completed later, without a reload.
        page.evaluate("() => { window.notReloaded = true; }");
        assertThat(heading()).hasText(Pattern.compile(name + "\\s*(Queued|Running)"));
        Axe.assertNoViolations(page, "detail page of a live experiment");
        assertThat(heading()).hasText(Pattern.compile(name + "\\s*Completed"),
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertEquals(true, page.evaluate("() => window.notReloaded === true"), "completed without a reload");
        assertThat(button("Cancel")).hasCount(0);
        Axe.assertNoViolations(page, "detail page of a completed experiment");
    }

    @Test
    void aRunningExperimentIsCancelledAfterConfirmationWithOneCancel() {
        // 60 epochs run 20 times the test run duration (40 s): long enough to cancel for real.
        String id = createThroughTheBff("UI cancel " + System.nanoTime(), 60);
        AtomicInteger cancels = new AtomicInteger();
        page.onRequest(request -> {
            if ("POST".equals(request.method()) && request.url().endsWith("/api/experiments/" + id + "/cancel")) {
                cancels.incrementAndGet();
            }
        });
        page.navigate(url("/experiments/" + id));
        assertThat(heading()).containsText("Running", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        button("Cancel").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Cancel this experiment?"));
        assertThat(dialog).isVisible();
        Axe.assertNoViolations(page, "the cancel dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel experiment").setExact(true)).click();
        assertThat(dialog).isHidden();
        assertThat(heading()).containsText("Cancelled");
        assertThat(button("Cancel")).hasCount(0);
        assertEquals(1, cancels.get(), "one cancel request");
        assertEquals("cancelled", given().get("/api/experiments/" + id).then().statusCode(200).extract().path("status"),
                "the Training API has the run cancelled");
    }

    @Test
    void cloneOpensTheWizardPrefilledWithACopy() {
        String name = "UI clone " + System.nanoTime();
        String id = createThroughTheBff(name);
        page.navigate(url("/experiments/" + id));
        assertThat(heading()).containsText(name);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clone").setExact(true)).click();
        assertThat(heading()).hasText("Train Model");
        assertThat(textbox("Experiment name")).hasValue(name + " (copy)");
        assertThat(button("Next")).isEnabled();
    }

    @Test
    void experimentsTableHasNoAxeViolationsAndLinksToTheDetail() {
        page.navigate(url("/experiments"));
        Locator table = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Experiments").setExact(true));
        assertThat(table).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertTrue(table.getByRole(AriaRole.ROW).count() >= 2, "a header row and at least the seeded experiment");
        Axe.assertNoViolations(page, "experiments table");
        Locator link = table.locator("tbody").getByRole(AriaRole.LINK).first();
        String linkName = link.textContent().trim();
        link.click();
        assertThat(heading()).containsText(linkName);
        Axe.assertNoViolations(page, "experiment detail");
    }
}
