package dev.slmworkbench.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Datasets and Models pages in Chromium on the embedded sandbox (issue 8, item 20). */
@QuarkusTest
class DatasetsAndModelsUiTest extends InChromium {

    private static LocatorAssertions.IsVisibleOptions slow() {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);
    }

    /** The drawer's content: slotted into Web Awesome's dialog, so it is found from the drawer element, not the dialog role. */
    private Locator drawerContent() {
        return page.locator("sw-drawer");
    }

    private Locator dataRows(Locator table) {
        return table.locator("tbody").getByRole(AriaRole.ROW);
    }

    private static void uploadThroughTheBff(String name, String type) {
        given().header("X-Requested-With", "slm-workbench")
                .multiPart("name", name).multiPart("type", type)
                .multiPart("file", "rows.csv", "prompt,answer\nhi,hello\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/datasets").then().statusCode(lessThan(300));
    }

    @Test
    void uploadShowsInlineErrorsThenTheNewRowDownloadsTheSameBytesAndPreviews() throws IOException {
        page.navigate(url("/datasets"));
        assertThat(table("Datasets")).isVisible(slow());
        Locator name = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Dataset name").setExact(true));
        Locator upload = button("Upload");
        assertThat(upload).isDisabled();

        // Enter on an incomplete form shows every missing field inline and focuses the first.
        name.fill("  ");
        name.press("Enter");
        assertThat(name).hasAttribute("aria-invalid", "true");
        assertThat(name).isFocused();
        assertThat(page.getByText("Enter a dataset name.")).isVisible();
        assertThat(page.getByText("Choose a file to upload.")).isVisible();
        Axe.assertNoViolations(page, "datasets page with form errors shown");

        String datasetName = "UI upload " + System.nanoTime();
        byte[] bytes = "prompt,answer\nhi,hello\nbye,\"see, you\"\n".getBytes(StandardCharsets.UTF_8);
        page.evaluate("() => { window.notReloaded = true; }");
        name.fill(datasetName);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Description").setExact(true)).fill("Two greetings");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Dataset type").setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Training"));
        page.getByLabel("File", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload("greetings.csv", "text/csv", bytes));
        assertThat(name).hasAttribute("aria-invalid", "false");
        assertThat(upload).isEnabled();
        upload.click();

        Locator link = table("Datasets").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(datasetName).setExact(true));
        assertThat(link).isVisible(slow());
        assertEquals(true, page.evaluate("() => window.notReloaded === true"), "the row appeared without a reload");
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(datasetName)).first()).isVisible();

        Download download = page.waitForDownload(() -> table("Datasets").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Download " + datasetName).setExact(true)).click());
        assertArrayEquals(bytes, Files.readAllBytes(download.path()), "downloaded bytes equal the uploaded file");

        link.click();
        Locator drawer = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(datasetName));
        assertThat(drawer).isVisible(slow());
        Locator records = drawerContent().getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("First records"));
        assertThat(records).containsText("hello", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(records).containsText("see, you");
        Axe.assertNoViolations(page, "datasets page with the preview drawer open");
        page.keyboard().press("Escape");
        assertThat(drawer).isHidden();
        assertThat(link).isFocused();
    }

    @Test
    void aFileTheServerRejectsGetsItsErrorOnTheFileField() {
        page.navigate(url("/datasets"));
        assertThat(table("Datasets")).isVisible(slow());
        String datasetName = "UI rejected " + System.nanoTime();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Dataset name").setExact(true)).fill(datasetName);
        Locator file = page.getByLabel("File", new Page.GetByLabelOptions().setExact(true));
        file.setInputFiles(new FilePayload("binary.csv", "text/csv", new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7}));
        button("Upload").click();
        assertThat(page.getByText("This is not a text file.", new Page.GetByTextOptions())).isVisible(slow());
        assertThat(file).hasAttribute("aria-invalid", "true");
        assertThat(file).isFocused();
        Axe.assertNoViolations(page, "datasets page with a server field error");
        given().queryParam("q", datasetName).get("/api/datasets").then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(0));
        // The one expected error: Chromium logs the deliberate 400.
        assertEquals(1, consoleErrors.size(), "console: " + consoleErrors);
        assertTrue(consoleErrors.get(0).contains("status of 400"), "console: " + consoleErrors);
        consoleErrors.clear();
    }

    @Test
    void cancelUploadStopsTheUploadAndSaysSo() {
        // Held by the test so the upload is still running when Cancel upload is pressed; nothing reaches the BFF.
        page.route("**/api/datasets", route -> {
            if (!"POST".equals(route.request().method())) {
                route.resume();
            }
        });
        page.navigate(url("/datasets"));
        assertThat(table("Datasets")).isVisible(slow());
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Dataset name").setExact(true)).fill("UI cancelled");
        page.getByLabel("File", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload("big.csv", "text/csv", ("prompt,completion\n" + "1,2\n".repeat(100_000)).getBytes(StandardCharsets.UTF_8)));
        button("Upload").click();
        Locator cancel = button("Cancel upload");
        assertThat(cancel).isVisible(slow());
        assertThat(page.getByRole(AriaRole.PROGRESSBAR)).isVisible();
        cancel.click();
        assertThat(page.getByText("The upload was cancelled.")).isVisible(slow());
        assertThat(cancel).hasCount(0);
        assertThat(button("Upload")).isEnabled();
    }

    @Test
    void datasetsTablePagesFiltersSearchesAndSortsInTheUrl() {
        String run = "Paging" + System.nanoTime();
        for (int i = 0; i < 11; i++) {
            uploadThroughTheBff(String.format("%s %02d", run, i), i % 2 == 0 ? "training" : "evaluation");
        }
        page.navigate(url("/datasets"));
        Locator datasets = table("Datasets");
        assertThat(datasets).isVisible(slow());
        Axe.assertNoViolations(page, "datasets page");

        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Rows per page"))
                .selectOption("10");
        assertThat(page).hasURL(Pattern.compile("limit=10"));
        assertThat(dataRows(datasets)).hasCount(10);
        assertThat(page.getByText(Pattern.compile("^Page 1 of \\d+$"))).isVisible();
        assertThat(button("Previous page")).isDisabled();
        button("Next page").click();
        assertThat(page).hasURL(Pattern.compile("offset=10"));
        assertThat(page.getByText(Pattern.compile("^Page 2 of \\d+$"))).isVisible();
        button("Previous page").click();
        assertThat(page.getByText(Pattern.compile("^Page 1 of \\d+$"))).isVisible();

        page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search")).fill(run);
        assertThat(page).hasURL(Pattern.compile("q=" + run));
        assertThat(dataRows(datasets)).hasCount(10);
        assertThat(page.getByText("Page 1 of 2")).isVisible();

        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Type").setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Evaluation"));
        assertThat(page).hasURL(Pattern.compile("type=evaluation"));
        assertThat(dataRows(datasets)).hasCount(5);
        assertThat(datasets.getByRole(AriaRole.CELL, new Locator.GetByRoleOptions().setName("Training").setExact(true))).hasCount(0);

        Locator nameHeader = datasets.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName("Name"));
        nameHeader.getByRole(AriaRole.BUTTON).click();
        assertThat(nameHeader).hasAttribute("aria-sort", "ascending");
        assertThat(page).hasURL(Pattern.compile("sort=name"));
        assertThat(dataRows(datasets).first()).containsText(run + " 01");
        nameHeader.getByRole(AriaRole.BUTTON).click();
        assertThat(nameHeader).hasAttribute("aria-sort", "descending");
        assertThat(dataRows(datasets).first()).containsText(run + " 09");

        page.reload();
        assertThat(dataRows(datasets).first()).containsText(run + " 09", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(dataRows(datasets)).hasCount(5);
    }

    @Test
    void modelsDrawerOpensByKeyboardClosesOnEscapeAndReturnsFocus() {
        page.navigate(url("/models"));
        Locator models = table("Models");
        assertThat(models).isVisible(slow());
        Axe.assertNoViolations(page, "models page");
        Locator link = models.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("SmolLM2-135M").setExact(true));
        link.focus();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(url("/models/smollm2-135m"));
        Locator drawer = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("SmolLM2-135M"));
        assertThat(drawer).isVisible(slow());
        assertThat(drawerContent().getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Metadata"))).isVisible(slow());
        assertThat(drawerContent()).containsText("Architecture");
        Axe.assertNoViolations(page, "models page with the drawer open");
        page.keyboard().press("Escape");
        assertThat(drawer).isHidden();
        assertThat(page).hasURL(url("/models"));
        assertThat(link).isFocused();
    }

    @Test
    void aDeepLinkToAModelOpensItsDrawerAndSurvivesAReload() {
        page.navigate(url("/models/mdl-seed-support-1"));
        Locator drawer = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("SmolLM2 support assistant"));
        assertThat(drawer).isVisible(slow());
        Locator lineage = drawerContent().getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Lineage"));
        assertThat(lineage).isVisible(slow());
        assertThat(drawerContent().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("SmolLM2-135M"))).isVisible();
        page.reload();
        assertThat(drawer).isVisible(slow());
        assertThat(table("Models")).isVisible(slow());
        assertThat(lineage).isVisible(slow());
    }
}
