package dev.slmworkbench.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An honest sandbox (issue 23, item 5), in Chromium on the embedded sandbox: the first-visit notice
 * (shown, dismissed, still dismissed after a reload), its link to how to connect a real Training
 * API, the "Simulated" chips on metrics, curves and fine-tuned models, and the focusable pill.
 */
@QuarkusTest
class SandboxUiTest extends InChromium {

    private Locator notice() {
        return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("About the sandbox"));
    }

    private Locator chips(Locator within) {
        return within.getByText("Simulated", new Locator.GetByTextOptions().setExact(true));
    }

    @Test
    void theFirstVisitNoticeSaysWhatIsSimulatedAndStaysDismissedAfterAReload() {
        page.navigate(url("/"));
        assertThat(heading()).hasText("Home");
        assertThat(notice()).isVisible();
        assertThat(notice()).containsText("nothing here is really trained");
        assertThat(notice()).containsText("metrics, loss curves and fine-tuned models are simulated");
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            Axe.assertNoViolations(page, "Home with the sandbox notice, " + scheme);
        }

        // It follows the user from page to page until dismissed.
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Models")).click();
        assertThat(heading()).hasText("Models");
        assertThat(notice()).isVisible();

        button("Dismiss the sandbox notice").click();
        assertThat(notice()).hasCount(0);
        assertThat(heading()).isFocused();
        assertEquals("true", page.evaluate("() => localStorage.getItem('slm-workbench.sandbox-notice-dismissed')"));
        page.reload();
        assertThat(heading()).hasText("Models");
        assertThat(notice()).hasCount(0);
        page.navigate(url("/evaluations"));
        assertThat(heading()).hasText("Evaluations");
        assertThat(notice()).hasCount(0);
    }

    @Test
    void theNoticeLinksToAWorkingPageOnConnectingARealTrainingApi() {
        page.navigate(url("/datasets"));
        notice().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Connect a real Training API")).click();
        page.waitForURL(url("/connect"));
        assertThat(heading()).hasText("Connect a Training API");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("Connect a Training API.*SLM Workbench"));
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Now:")))
                .hasText("Now: the embedded sandbox. Runs, metrics, loss curves and fine-tuned models are simulated; no model is trained.");
        assertThat(page.getByText("TRAINING_API_URL=https://training.internal/v1")).isVisible();
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            Axe.assertNoViolations(page, "the Connect page, " + scheme);
        }
        // A deep link (a reload) reaches it too.
        page.reload();
        assertThat(heading()).hasText("Connect a Training API");
    }

    @Test
    void thePillIsFocusableAndShowsItsExplanationAsText() {
        page.navigate(url("/"));
        assertThat(heading()).hasText("Home");
        Locator pill = button("Sandbox");
        assertThat(pill).hasAttribute("aria-expanded", "false");
        assertThat(pill).hasAccessibleDescription(java.util.regex.Pattern.compile("simulated by the embedded sandbox"));
        pill.focus();
        page.keyboard().press("Enter");
        assertThat(pill).hasAttribute("aria-expanded", "true");
        Locator explanation = page.getByText("Runs, metrics, loss curves and fine-tuned models are simulated by the embedded sandbox Training API");
        assertThat(explanation).isVisible();
        Axe.assertNoViolations(page, "the pill's explanation open");
        page.keyboard().press("Escape");
        assertThat(explanation).isHidden();
        assertThat(pill).isFocused();
        pill.click();
        assertThat(explanation).isVisible();
        heading().click();
        assertThat(explanation).isHidden();
    }

    @Test
    void metricsCurvesAndFineTunedModelsCarryASimulatedChip() {
        String evaluationId = given().when().get("/api/evaluations?limit=1").then().statusCode(200)
                .extract().path("items[0].id");
        page.navigate(url("/evaluations/" + evaluationId));
        Locator detail = page.locator("sw-evaluation-detail");
        assertThat(detail.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Loss curve"))).isVisible();
        assertThat(chips(detail)).hasCount(2);
        chips(detail).first().scrollIntoViewIfNeeded();
        assertThat(chips(detail).first()).isVisible();
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            Axe.assertNoViolations(page, "an evaluation with its chips, " + scheme);
        }
        // The evaluation now has its own page; the list it came from carries the chip too.
        link("All evaluations").click();
        assertThat(chips(page.locator("sw-evaluations-page"))).not().hasCount(0);

        page.navigate(url("/models?type=fine_tuned"));
        Locator models = table("Models");
        assertThat(models.locator("tbody").getByRole(AriaRole.ROW).first()).isVisible();
        Locator rows = models.locator("tbody").getByRole(AriaRole.ROW);
        assertEquals(rows.count(), chips(models).count(), "every fine-tuned model's row carries the chip");
        rows.first().getByRole(AriaRole.LINK).first().click();
        Locator drawer = page.locator("sw-drawer");
        assertThat(drawer.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Evaluations"))).isVisible();
        assertThat(chips(drawer).first()).isVisible();
        assertEquals(2, chips(drawer).count(), "the fine-tuned model and its evaluations");
    }
}
