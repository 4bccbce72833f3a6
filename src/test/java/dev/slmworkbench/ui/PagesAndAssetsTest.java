package dev.slmworkbench.ui;

import dev.slmworkbench.testing.SecurityHeaders;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How pages and assets are served (headers, caching, compression) and axe-core on Home. */
@QuarkusTest
class PagesAndAssetsTest {


    @TestHTTPResource("/")
    URL root;


    @Test
    void pagesAreSecuredAndNeverCached() {
        for (String path : List.of("/", "/models", "/experiments/some-id", "/no/such/page")) {
            SecurityHeaders.assertPresent(given().get(path).then().statusCode(200))
                    .contentType(containsString("text/html"))
                    .header("Cache-Control", equalTo("no-store"))
                    .body(containsString("<sw-app>"));
        }
    }

    @Test
    void hashedAssetsAreSecuredCompressedAndImmutable() {
        String index = given().get("/").then().extract().asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
        assertTrue(script.find(), "index.html loads a hashed script: " + index);
        Matcher css = Pattern.compile("href=\"(/assets/[^\"]+\\.css)\"").matcher(index);
        assertTrue(css.find(), "index.html links a hashed stylesheet");
        assertTrue(!index.contains("<script>") && !index.contains("<style"), "no inline script or style under the CSP");
        RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        for (String asset : List.of(script.group(1), css.group(1))) {
            SecurityHeaders.assertPresent(given().config(raw).header("Accept-Encoding", "gzip").get(asset).then().statusCode(200))
                    .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                    .header("Content-Encoding", equalTo("gzip"));
        }
    }

    @Test
    void unknownApiPathIsAProblemNotThePage() {
        SecurityHeaders.assertPresent(given().get("/api/nope").then().statusCode(404))
                .contentType("application/problem+json");
    }

    @Test
    void homeHasNoAxeViolationsInLightAndDarkThemes() {
        Path axe = Path.of("webui/node_modules/axe-core/axe.min.js");
        assertTrue(axe.toFile().isFile(), "axe-core is installed by npm from webui/package-lock.json");
        try (Playwright playwright = Browser.playwright(); com.microsoft.playwright.Browser browser = Browser.launch(playwright)) {
            for (String scheme : List.of("light", "dark")) {
                Page page = browser.newPage(new com.microsoft.playwright.Browser.NewPageOptions().setBypassCSP(true)
                        .setColorScheme(com.microsoft.playwright.options.ColorScheme.valueOf(scheme.toUpperCase())));
                page.navigate(root.toString());
                assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Recent experiments")))
                        .isVisible();
                page.addScriptTag(new Page.AddScriptTagOptions().setPath(axe));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(
                        "async () => (await axe.run(document)).violations.map(v => ({id: v.id, nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))");
                assertEquals(List.of(), violations, scheme + " theme");
                page.close();
            }
        }
    }
}
