package dev.slmworkbench.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tables that fit (issue 23, item 4), in Chromium on the seeded sandbox: no list page scrolls
 * sideways at 1280 or 1920 px, a wide screen's width is used, long names are cut with a tooltip and
 * shown whole on focus, columns that go are named, and at 390 px each row is a card.
 */
@QuarkusTest
class TablesUiTest extends InChromium {

    /** Each list page and the accessible name of its table. */
    static final Map<String, String> PAGES = Map.of(
            "/", "Recent experiments",
            "/datasets", "Datasets",
            "/models", "Models",
            "/experiments", "Experiments",
            "/evaluations", "Evaluations");

    static final String LONG_NAME = "Customer support conversations from the spring campaign, cleaned, deduplicated and"
            + " labelled by the quality team for the second fine-tuning round";

    /** How far the page and every table frame scroll sideways: 0 when everything fits. */
    private long sidewaysOverflow() {
        return ((Number) page.evaluate("() => {"
                + " const frames = [...document.querySelector('sw-app').shadowRoot.querySelector('main').firstElementChild"
                + "   .shadowRoot.querySelectorAll('sw-data-table')].map(t => t.shadowRoot.querySelector('.frame')).filter(Boolean);"
                + " const page = document.documentElement.scrollWidth - document.documentElement.clientWidth;"
                + " return Math.max(page, ...frames.map(f => f.scrollWidth - f.clientWidth)); }")).longValue();
    }

    private void open(String path, String table) {
        page.navigate(url(path));
        assertThat(table(table).locator("tbody").getByRole(AriaRole.ROW).first()).isVisible();
    }

    private static void uploadThroughTheBff(String name) {
        given().header("X-Requested-With", "slm-workbench")
                .multiPart("name", name).multiPart("type", "training")
                .multiPart("file", "rows.csv", "prompt,answer\nhi,hello\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/datasets").then().statusCode(lessThan(300));
    }

    @Test
    void noListPageScrollsSidewaysAt1280Or1920AndAWideScreenIsUsed() {
        uploadThroughTheBff(LONG_NAME);
        for (int width : List.of(1280, 1920)) {
            page.setViewportSize(width, 900);
            for (Map.Entry<String, String> entry : PAGES.entrySet()) {
                open(entry.getKey(), entry.getValue());
                assertEquals(0, sidewaysOverflow(), entry.getKey() + " at " + width + " px scrolls sideways");
            }
        }
        // The content column no longer stops at about 1,120 px: at 1920 the table takes the room there is.
        open("/experiments", "Experiments");
        double tableWidth = table("Experiments").boundingBox().width;
        assertTrue(tableWidth > 1500, "the Experiments table is " + tableWidth + " px wide at 1920");
        List<String> headers = table("Experiments").getByRole(AriaRole.COLUMNHEADER).allInnerTexts();
        assertEquals(List.of("EXPERIMENT NAME", "STATUS", "BASE MODEL", "DATASET", "CREATED"), headers,
                "every column at 1920, and no View details column repeating the name's link");
        assertThat(page.getByText("not shown at this width")).hasCount(0);
    }

    @Test
    void aLongNameIsCutWithATooltipAndShownWholeOnFocus() {
        uploadThroughTheBff(LONG_NAME);
        page.setViewportSize(1280, 900);
        open("/datasets?q=spring%20campaign", "Datasets");
        Locator name = table("Datasets").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(LONG_NAME).setExact(true)).first();
        assertThat(name).hasAttribute("title", LONG_NAME);
        assertTrue(clipped(name), "the long name ends in an ellipsis");
        assertEquals("ellipsis", name.evaluate("a => getComputedStyle(a).textOverflow"));
        name.focus();
        assertTrue(!clipped(name), "the whole name shows while the link has focus");
        assertEquals(0, sidewaysOverflow(), "and the table still fits");
    }

    private static boolean clipped(Locator element) {
        return Boolean.TRUE.equals(element.evaluate("e => e.scrollWidth > e.clientWidth"));
    }

    @Test
    void onANarrowScreenTheLeastImportantColumnsGoAndTheNoteNamesThem() {
        page.setViewportSize(1024, 900);
        open("/experiments", "Experiments");
        assertEquals(0, sidewaysOverflow());
        List<String> headers = table("Experiments").getByRole(AriaRole.COLUMNHEADER).allInnerTexts();
        assertTrue(headers.contains("EXPERIMENT NAME") && headers.contains("STATUS"), "the name and status stay: " + headers);
        assertTrue(!headers.contains("DATASET"), "Dataset, the least important, goes first: " + headers);
        assertThat(page.getByText("not shown at this width: open an experiment for all its details."))
                .containsText("Dataset");
    }

    @Test
    void atPhoneWidthEachRowIsACardWithEveryColumnAndTheSortIsASelect() {
        page.setViewportSize(390, 844);
        page.navigate(url("/datasets"));
        Locator cards = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Datasets").setExact(true));
        assertThat(cards.getByRole(AriaRole.LISTITEM).first()).isVisible();
        assertThat(table("Datasets")).hasCount(0);
        Locator first = cards.getByRole(AriaRole.LISTITEM).first();
        for (String label : List.of("Type", "Row count", "Upload date", "Size", "Actions")) {
            assertThat(first.locator("dt", new Locator.LocatorOptions().setHasText(label))).hasCount(1);
        }
        assertEquals(0, sidewaysOverflow(), "no sideways scroll at 390 px");
        Locator sort = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Sort by"));
        sort.selectOption("name");
        page.waitForURL(url("/datasets?sort=name"));
        Axe.assertNoViolations(page, "datasets as cards, light");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        Axe.assertNoViolations(page, "datasets as cards, dark");
    }

    @Test
    void everyListPageIsAccessibleInLightAndDark() {
        page.setViewportSize(1280, 900);
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
            for (Map.Entry<String, String> entry : PAGES.entrySet()) {
                open(entry.getKey(), entry.getValue());
                Axe.assertNoViolations(page, entry.getKey() + ", " + scheme);
            }
        }
    }
}
