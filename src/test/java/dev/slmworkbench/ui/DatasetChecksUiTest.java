package dev.slmworkbench.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Uploads say what a run will train on and refuse broken files by line (issue 20): the form reads
 * the chosen file's columns and proposes the mapping, the user may change it, and a file with bad
 * records gets each problem with its line while nothing is listed.
 */
@QuarkusTest
class DatasetChecksUiTest extends InChromium {

    private static LocatorAssertions.IsVisibleOptions slow() {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);
    }

    private Locator name() {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Dataset name").setExact(true));
    }

    private void chooseFile(String fileName, String content) {
        page.getByLabel("File", new Page.GetByLabelOptions().setExact(true)).setInputFiles(
                new FilePayload(fileName, "application/octet-stream", content.getBytes(StandardCharsets.UTF_8)));
    }

    private Locator select(String label) {
        return page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    @Test
    void aChatFileIsRecognisedAndItsLayoutKeptWithTheDataset() {
        page.navigate(url("/datasets"));
        assertThat(table("Datasets")).isVisible(slow());
        String datasetName = "UI chat " + System.nanoTime();
        name().fill(datasetName);
        chooseFile("chat.jsonl", "{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Hi\"},"
                + "{\"role\":\"assistant\",\"content\":\"Hello\"}]}\n");
        assertThat(page.getByText("Chat messages — Messages: messages")).isVisible(slow());
        button("Upload").click();
        Locator link = table("Datasets").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(datasetName).setExact(true));
        assertThat(link).isVisible(slow());
        link.click();
        assertThat(page.locator("sw-drawer")).containsText("Chat messages — Messages: messages",
                new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        Axe.assertNoViolations(page, "dataset drawer with its actions");
        // Train with this dataset: the wizard opens with it chosen as the training data.
        page.locator("sw-drawer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Train with this dataset")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/train$"));
        assertThat(heading()).hasText("Train Model");
        String draft = (String) page.evaluate("() => sessionStorage.getItem('slm-workbench.train-draft')");
        assertTrue(draft.contains(datasetName), "the draft holds the dataset: " + draft);
    }

    @Test
    void columnsWithNoUsualNameAreMappedByTheUserBeforeUpload() {
        page.navigate(url("/datasets"));
        assertThat(table("Datasets")).isVisible(slow());
        String datasetName = "UI mapped " + System.nanoTime();
        name().fill(datasetName);
        chooseFile("ab.csv", "q,a,topic\nHi,Hello,greeting\nBye,Ciao,greeting\n");
        Locator upload = button("Upload");
        assertThat(page.getByText("No column has a usual name")).isVisible(slow());
        assertThat(upload).isDisabled();
        Axe.assertNoViolations(page, "upload form asking for the columns");
        select("Prompt").selectOption(new SelectOption().setLabel("q"));
        select("Target").selectOption(new SelectOption().setLabel("a"));
        assertThat(page.getByText("Prompt and completion — Prompt: q · Target: a")).isVisible();
        assertThat(upload).isEnabled();
        upload.click();
        assertThat(table("Datasets").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(datasetName)
                .setExact(true))).isVisible(slow());
        String id = given().queryParam("q", datasetName).get("/api/datasets").then().statusCode(200)
                .extract().path("items[0].id");
        given().get("/api/datasets/" + id).then().statusCode(200)
                .body("schema.fields.prompt", org.hamcrest.Matchers.equalTo("q"))
                .body("schema.fields.completion", org.hamcrest.Matchers.equalTo("a"));
    }

    @Test
    void aBrokenFileIsRefusedWithItsLinesAndNothingIsListed() {
        page.navigate(url("/datasets"));
        assertThat(table("Datasets")).isVisible(slow());
        String datasetName = "UI broken " + System.nanoTime();
        name().fill(datasetName);
        chooseFile("broken.jsonl", "{\"prompt\":\"Hi\",\"completion\":\"Hello\"}\n{\"prompt\": oops}\n"
                + "{\"prompt\":\"Bye\"}\n{\"prompt\":\"Why\",\"completion\":\"Because\"}\n");
        assertThat(page.getByText("Prompt and completion — Prompt: prompt · Target: completion")).isVisible(slow());
        button("Upload").click();
        Locator alert = page.getByRole(AriaRole.ALERT);
        assertThat(alert).containsText("Line 2: not valid JSON", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(alert).containsText("Line 3: there is no \"completion\"");
        assertThat(alert).containsText("Nothing was stored");
        Axe.assertNoViolations(page, "upload form with bad records listed");
        given().queryParam("q", datasetName).get("/api/datasets").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
        assertEquals(1, consoleErrors.size(), "console: " + consoleErrors);
        assertTrue(consoleErrors.get(0).contains("status of 400"), "console: " + consoleErrors);
        consoleErrors.clear();
    }

    @Test
    void theWizardWarnsWhenTheTrainingAndEvaluationDatasetsHoldDifferentLayouts() {
        page.navigate(url("/train"));
        textbox("Experiment name").fill("UI pair " + System.nanoTime());
        button("Next").click();
        Locator radio = page.getByRole(AriaRole.RADIO).first();
        assertThat(radio).isVisible(slow());
        radio.check();
        button("Next").click();
        Locator sentiment = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Product review sentiment"));
        assertThat(sentiment).isVisible(slow());
        assertThat(page.getByText("Instruction, input and output").first()).isVisible();
        sentiment.check();
        button("Next").click();
        Locator heldOut = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Support answers (held out)"));
        assertThat(heldOut).isVisible(slow());
        heldOut.check();
        assertThat(page.getByText("The training dataset holds instruction, input and output and the evaluation dataset "
                + "prompt and completion")).isVisible();
        assertThat(button("Next")).isDisabled();
        Axe.assertNoViolations(page, "evaluation step with the pair warning");
        page.getByLabel("Use these two datasets anyway").check();
        assertThat(button("Next")).isEnabled();
        button("Next").click();
        button("Next").click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Prompt and completion — Prompt: instruction · Target: expected");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("You chose to use them anyway.");
    }
}
