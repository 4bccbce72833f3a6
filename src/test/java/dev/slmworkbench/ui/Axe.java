package dev.slmworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** axe-core (from webui/node_modules) run in the page: the violations, by rule and element. */
final class Axe {

    static final Path SCRIPT = Path.of("webui/node_modules/axe-core/axe.min.js");

    private Axe() {
    }

    /** Fails with each violated rule and its elements; the page needs {@code setBypassCSP(true)}. */
    static void assertNoViolations(Page page, String where) {
        assertTrue(SCRIPT.toFile().isFile(), "axe-core is installed by npm from webui/package-lock.json");
        // Half-transparent text fails color-contrast: a drawer fading in, or a task dimmed while a
        // slow refresh is pending (aria-busy). Wait for both to settle, as a reader would.
        // document.getAnimations() misses those inside shadow roots (Web Awesome's drawer): walk them.
        page.waitForFunction("() => {"
                + " const all = root => [...root.querySelectorAll('*')].flatMap(e => e.shadowRoot ? [e, ...all(e.shadowRoot)] : [e]);"
                + " return all(document).every(e => e.getAttribute('aria-busy') !== 'true' || e.getAttribute('role') === 'status')"
                + " && all(document).flatMap(e => e.getAnimations()).every(a => a.playState !== 'running'"
                + " || a.effect?.getComputedTiming().iterations === Infinity); }");
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(SCRIPT));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(
                "async () => (await axe.run(document)).violations.map(v => ({id: v.id,"
                        + " nodes: v.nodes.map(n => n.target.join(' ') + ' (' + n.failureSummary + ')').join(', ')}))");
        assertEquals(List.of(), violations, where);
    }
}
