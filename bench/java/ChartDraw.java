import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Times the Evaluations page's loss chart in headless Chromium: from the curve data in hand to the
 * chart drawn (uPlot construction + one requestAnimationFrame, the page's `sw-chart-draw` measure),
 * for one run and for eight compared runs, each a 100,000-point curve downsampled by the
 * contract's min/max envelope to the points the page asks for (2,000 for one run, 500 each for eight). The built UI (webui/dist) and the API answers are served by
 * Playwright's router: nothing listens, nothing leaves the machine.
 *
 *   java -cp <test classpath> bench/java/ChartDraw.java <webui/dist> <repetitions>
 */
public class ChartDraw {

    static final String ORIGIN = "http://127.0.0.1:1";
    static final int TOTAL = 100_000;
    static final int POINTS = 2_000;

    /** The synchronous part of the last case measured: uPlot construction and first draw, before the frame. */
    static double[] builds;

    public static void main(String[] args) throws Exception {
        Path dist = Path.of(args.length > 0 ? args[0] : "webui/dist");
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Map<String, String> details = new java.util.concurrent.ConcurrentHashMap<>();
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                    .setExecutablePath(Path.of(chromium))
                    .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking")));
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            context.setDefaultTimeout(30_000);
            context.route(ORIGIN + "/**", route -> serve(route, dist, details));
            Page page = context.newPage();
            report("1 run, data to drawn frame", measure(page, "bench-0", reps));
            report("1 run, construction only", builds);
            report("8 runs, data to drawn frame", measure(page, "bench-0,bench-1,bench-2,bench-3,bench-4,bench-5,bench-6,bench-7", reps));
            report("8 runs, construction only", builds);
            browser.close();
        }
    }

    /** The first `sw-chart-draw` measure of each fresh page load (after one warm-up load). */
    static double[] measure(Page page, String ids, int reps) {
        double[] times = new double[reps];
        builds = new double[reps];
        for (int i = -1; i < reps; i++) {
            page.navigate(ORIGIN + "/evaluations?ids=" + ids);
            page.waitForFunction("() => performance.getEntriesByName('sw-chart-draw').length > 0");
            double ms = ((Number) page.evaluate("() => performance.getEntriesByName('sw-chart-draw')[0].duration")).doubleValue();
            double build = ((Number) page.evaluate("() => performance.getEntriesByName('sw-chart-build')[0].duration")).doubleValue();
            if (i >= 0) {
                times[i] = ms;
                builds[i] = build;
            }
        }
        return times;
    }

    static void report(String what, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s (%d loads): median %.1f ms, p90 %.1f ms, max %.1f ms%n", what, sorted.length,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.9) - 1], sorted[sorted.length - 1]);
    }

    static void serve(Route route, Path dist, Map<String, String> details) {
        String url = route.request().url().substring(ORIGIN.length());
        String path = url.split("\\?")[0];
        try {
            if (path.equals("/api/config")) {
                json(route, "{\"pollIntervalMs\":10000}");
            } else if (path.equals("/api/evaluations/facets")) {
                json(route, "{\"experiments\":[],\"models\":[],\"datasets\":[],\"complete\":true}");
            } else if (path.equals("/api/evaluations")) {
                json(route, "{\"items\":[],\"total\":0}");
            } else if (path.startsWith("/api/evaluations/bench-")) {
                int run = Integer.parseInt(path.substring("/api/evaluations/bench-".length()));
                java.util.regex.Matcher asked = java.util.regex.Pattern.compile("[?&]points=(\\d+)").matcher(url);
                int points = asked.find() ? Integer.parseInt(asked.group(1)) : POINTS;
                json(route, details.computeIfAbsent(run + ":" + points, k -> detail("bench-" + run, run, points)));
            } else if (path.startsWith("/api/")) {
                route.fulfill(new Route.FulfillOptions().setStatus(404));
            } else {
                Path file = dist.resolve(path.substring(1)).normalize();
                if (!file.startsWith(dist) || !Files.isRegularFile(file)) {
                    file = dist.resolve("index.html");
                }
                String name = file.getFileName().toString();
                String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css"
                        : name.endsWith(".svg") ? "image/svg+xml" : "text/html";
                route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType(type).setBodyBytes(Files.readAllBytes(file)));
            }
        } catch (Exception e) {
            route.abort();
        }
    }

    static void json(Route route, String body) {
        route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("application/json").setBody(body));
    }

    /** A detail answer: a noisy decaying 100,000-step training curve with spikes, evaluation every 500 steps. */
    static String detail(String id, int run, int points) {
        Random random = new Random(42 + run);
        double[] train = new double[TOTAL];
        for (int i = 0; i < TOTAL; i++) {
            train[i] = 0.3 + 2.2 * Math.exp(-i / (15_000.0 + 2_000 * run)) + random.nextGaussian() * 0.05
                    + (random.nextInt(5_000) == 0 ? 1.5 : 0);
        }
        List<Integer> kept = envelope(train, points);
        StringBuilder json = new StringBuilder(200_000);
        json.append("{\"id\":\"").append(id).append("\",\"experimentId\":\"exp-").append(run)
                .append("\",\"experimentName\":\"Bench run ").append(run + 1)
                .append("\",\"modelId\":\"m\",\"modelName\":null,\"datasetId\":\"d\",\"datasetName\":null,")
                .append("\"createdAt\":\"2026-11-30T00:00:00Z\",\"metrics\":{\"accuracy\":0.8,\"f1\":0.7,\"perplexity\":6.5},")
                .append("\"trainingStats\":{},\"config\":null,\"lossCurve\":{\"points\":").append(kept.size())
                .append(",\"totalPoints\":").append(TOTAL).append(",\"downsampled\":true,\"train\":");
        series(json, kept, train);
        List<Integer> evalSteps = new ArrayList<>();
        double[] eval = new double[TOTAL];
        for (int i = 499; i < TOTAL; i += 500) {
            evalSteps.add(i);
            eval[i] = train[i] + 0.1;
        }
        json.append(",\"eval\":");
        series(json, evalSteps, eval);
        return json.append("}}").toString();
    }

    static void series(StringBuilder json, List<Integer> indices, double[] loss) {
        StringBuilder step = new StringBuilder("[");
        StringBuilder epoch = new StringBuilder("[");
        StringBuilder value = new StringBuilder("[");
        for (int k = 0; k < indices.size(); k++) {
            int i = indices.get(k);
            String sep = k == 0 ? "" : ",";
            step.append(sep).append(i + 1);
            epoch.append(sep).append(String.format(Locale.ROOT, "%.4f", (i + 1) * 3.0 / TOTAL));
            value.append(sep).append(String.format(Locale.ROOT, "%.5f", loss[i]));
        }
        json.append("{\"step\":").append(step).append("],\"epoch\":").append(epoch).append("],\"loss\":").append(value).append("]}");
    }

    /** The contract's min/max envelope: per bucket its lowest and highest point in order; first, last and global minimum kept. */
    static List<Integer> envelope(double[] y, int points) {
        int buckets = points / 2;
        List<Integer> out = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * y.length / buckets);
            int to = (int) ((long) (b + 1) * y.length / buckets);
            int lo = from;
            int hi = from;
            for (int i = from; i < to; i++) {
                if (y[i] < y[lo]) lo = i;
                if (y[i] > y[hi]) hi = i;
            }
            out.add(Math.min(lo, hi));
            if (lo != hi) out.add(Math.max(lo, hi));
        }
        if (out.get(0) != 0) out.set(0, 0);
        if (out.get(out.size() - 1) != y.length - 1) out.set(out.size() - 1, y.length - 1);
        return out;
    }
}
