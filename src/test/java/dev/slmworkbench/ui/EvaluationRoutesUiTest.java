package dev.slmworkbench.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: an evaluation has its own route that opens at the top, the list sorts by a metric,
 * searches names and shows optional columns remembered across visits, on the embedded sandbox.
 */
@QuarkusTest
class EvaluationRoutesUiTest extends InChromium {

    private static final String SEED_EVALUATION = EvaluationsUiTest.SEED_EVALUATION;
    private static final String SEED_NAME = EvaluationsUiTest.SEED_NAME;

    private double scrollY() {
        return ((Number) page.evaluate("() => window.scrollY")).doubleValue();
    }

    @Test
    void anExperimentsEvaluationsLinkOpensThatEvaluationAtTheTopWithTheListOneClickAway() {
        page.setViewportSize(1280, 400);
        page.navigate(url("/experiments/" + EvaluationsUiTest.SEED_EXPERIMENT));
        Locator evaluations = link("Evaluations (1)");
        assertThat(evaluations).isVisible();
        page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        assertTrue(scrollY() > 0, "the experiment page is scrolled down before the click");
        evaluations.click();

        assertThat(page).hasURL(Pattern.compile("/evaluations/" + SEED_EVALUATION + "$"));
        assertThat(heading()).hasText(SEED_NAME);
        assertThat(heading()).isFocused();
        assertEquals(0.0, scrollY(), "the evaluation opens at the top of the page");
        assertTrue(heading().boundingBox().y < 200, "its heading is in view");
        Locator main = page.getByRole(AriaRole.MAIN);
        assertThat(main.locator("dl.metrics")).containsText("share of evaluation examples");
        assertThat(main.getByText(Pattern.compile("^(Measured at step [\\d,]+\\.|The Training API did not say at which step these were measured\\.)$")))
                .hasCount(1);
        // Names are links to their pages.
        Locator detail = page.locator("sw-evaluation-detail");
        assertThat(detail.locator("a[href='/experiments/" + EvaluationsUiTest.SEED_EXPERIMENT + "']")).hasText(SEED_NAME);
        assertThat(detail.locator("a[href^='/models/']")).hasCount(1);
        assertThat(detail.locator("a[href^='/datasets/']")).hasCount(1);

        page.reload();
        assertThat(heading()).hasText(SEED_NAME);
        link("Evaluations of this experiment").click();
        assertThat(page).hasURL(Pattern.compile("/evaluations\\?experimentId=" + EvaluationsUiTest.SEED_EXPERIMENT + "$"));
        assertThat(heading()).hasText("Evaluations");
        assertThat(table("Evaluations").locator("tbody tr")).hasCount(1);
    }

    @Test
    void theListSortsByAccuracySearchesNamesAndRemembersItsColumns() throws Exception {
        EvaluationsUiTest.secondEvaluation();
        page.setViewportSize(1920, 1000);
        page.navigate(url("/evaluations"));
        Locator table = table("Evaluations");
        assertThat(table).isVisible();
        Locator accuracy = table.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accuracy").setExact(true));
        accuracy.click();
        assertThat(page).hasURL(Pattern.compile("sort=accuracy"));
        assertAccuracies(table, false);
        accuracy.click();
        assertThat(page).hasURL(Pattern.compile("sort=-accuracy"));
        assertThat(table.locator("th[aria-sort='descending']")).hasText("Accuracy");
        assertAccuracies(table, true);

        // Optional columns: chosen once, kept across a reload (and the sort with them, from the URL).
        Locator evalLoss = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Evaluation loss").setExact(true));
        evalLoss.check();
        Locator header = table.locator("thead th", new Locator.LocatorOptions().setHasText("Evaluation loss"));
        assertThat(header).hasCount(1);
        page.reload();
        assertThat(header).hasCount(1);
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Evaluation loss").setExact(true))).isChecked();
        assertAccuracies(table, true);
        Axe.assertNoViolations(page, "evaluations sorted, with optional columns, light");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        Axe.assertNoViolations(page, "evaluations sorted, with optional columns, dark");

        // A search over names, through the BFF.
        page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search")).fill("support assistant");
        assertThat(page).hasURL(Pattern.compile("q=support"));
        assertThat(table.locator("tbody tr")).hasCount(1);
        assertThat(table.locator("tbody tr").first()).containsText(SEED_NAME);
    }

    /** The Accuracy column read as numbers is in order, with any "—" last (waiting up to 10 s for the list to answer). */
    private void assertAccuracies(Locator table, boolean descending) throws InterruptedException {
        String problem = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            // The column by its header: on a narrow table less important columns are hidden before it.
            int column = table.locator("thead th").allInnerTexts().stream().map(t -> t.strip().toLowerCase(java.util.Locale.ROOT)).toList().indexOf("accuracy") + 1;
            if (column == 0) {
                throw new AssertionError("the Accuracy column is shown: " + table.locator("thead th").allInnerTexts());
            }
            problem = disorder(table.locator("tbody tr td:nth-child(" + column + ")").allInnerTexts(), descending);
            if (problem == null) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(problem);
    }

    /** Null when in order, else what is wrong. */
    private static String disorder(List<String> texts, boolean descending) {
        List<Double> values = new ArrayList<>();
        boolean missingSeen = false;
        for (String text : texts) {
            if (text.strip().equals("—")) {
                missingSeen = true;
                continue;
            }
            if (missingSeen) {
                return "evaluations without accuracy come last: " + texts;
            }
            values.add(Double.parseDouble(text.strip().replace("%", "")));
        }
        if (values.size() < 2) {
            return "at least two accuracies to order: " + texts;
        }
        for (int i = 1; i < values.size(); i++) {
            int c = Double.compare(values.get(i - 1), values.get(i));
            if (descending ? c < 0 : c > 0) {
                return (descending ? "not descending: " : "not ascending: ") + values;
            }
        }
        return null;
    }
}
