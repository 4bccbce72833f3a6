package dev.slmworkbench.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The Evaluations page's loss chart as a browser test sees it: found by its accessible name, its pixels counted. */
final class LossChart {

    private LossChart() {
    }

    static Locator chart(Page page) {
        return page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Loss curve").setExact(true));
    }

    /** Waits until the page has drawn a chart at least once (its `sw-chart-draw` measure). */
    static void awaitDrawn(Page page) {
        page.waitForFunction("() => performance.getEntriesByName('sw-chart-draw').length > 0");
    }

    /** How many pixels of the chart's canvas differ from its first pixel: lines and axes were drawn. */
    static int drawnPixels(Page page) {
        Locator canvas = chart(page).locator("canvas");
        assertThat(canvas).isVisible();
        Number count = (Number) canvas.evaluate("""
                c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
                  for (let i = 4; i < d.length; i += 4) { if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2] || d[i + 3] !== d[3]) n++; }
                  return n; }""");
        return count.intValue();
    }
}
