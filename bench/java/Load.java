import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded HTTP load: CLIENTS concurrent clients, each sending GETs one after another, until
 * TOTAL requests were sent or SECONDS passed. Loopback only. Prints count, outcomes, latency
 * percentiles and requests per second. With WARM_UP_SECONDS, the same clients first run that long
 * unmeasured over the same connections, so the figures are of a warm generator (its own JIT) and
 * of connections already open, not of 1,000 connects at once into a cold JVM.
 *
 *   java -cp <vertx+netty jars> bench/java/Load.java http://127.0.0.1:8080/api/dashboard 400 4000 60 [WARM_UP_SECONDS]
 */
public class Load {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        if (!uri.getHost().equals("127.0.0.1") && !uri.getHost().equals("localhost")) {
            throw new IllegalArgumentException("Loopback only");
        }
        int clients = Integer.parseInt(args[1]);
        int total = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        long warmUp = args.length > 4 ? Long.parseLong(args[4]) : 0;
        Vertx vertx = Vertx.vertx();
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                .setConnectTimeout(10_000).setIdleTimeout(0),
                new PoolOptions().setHttp1MaxSize(clients).setMaxWaitQueueSize(-1));
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(uri.getHost())
                .setPort(uri.getPort()).setURI(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()))
                .setTimeout(30_000);
        if (warmUp > 0) {
            Map<String, AtomicInteger> warmOutcomes = new ConcurrentHashMap<>();
            int warmed = run(http, request, clients, Integer.MAX_VALUE, warmUp, new long[0], warmOutcomes);
            System.out.printf("warm-up: %d requests in %d s, outcomes: %s%n", warmed, warmUp, new TreeMap<>(warmOutcomes));
        }
        long[] latencies = new long[total];
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        int n = run(http, request, clients, total, seconds, latencies, outcomes);
        long elapsed = System.nanoTime() - started;
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        System.out.printf("requests: %d in %.1f s (%.0f/s), clients: %d%n", n, elapsed / 1e9, n / (elapsed / 1e9), clients);
        System.out.println("outcomes: " + new TreeMap<>(outcomes));
        System.out.printf("p50: %.1f ms, p90: %.1f ms, p99: %.1f ms, max: %.1f ms%n",
                pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), n == 0 ? 0 : sorted[n - 1] / 1e6);
        vertx.close();
        System.exit(0);
    }

    /** One phase: every client sends until the phase's total or time is used up; returns the requests answered. */
    private static int run(HttpClient http, RequestOptions request, int clients, int total, long seconds, long[] latencies,
            Map<String, AtomicInteger> outcomes) throws InterruptedException {
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch finished = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            next(http, request, sent, done, total, deadline, latencies, outcomes, finished);
        }
        finished.await(seconds + 40, TimeUnit.SECONDS);
        return Math.min(done.get(), latencies.length == 0 ? done.get() : latencies.length);
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }

    private static void next(HttpClient http, RequestOptions request, AtomicInteger sent, AtomicInteger done, int total,
            long deadline, long[] latencies, Map<String, AtomicInteger> outcomes, CountDownLatch finished) {
        if (System.nanoTime() > deadline || sent.incrementAndGet() > total) {
            finished.countDown();
            return;
        }
        long t0 = System.nanoTime();
        http.request(request)
                .compose(req -> req.send().compose(resp -> resp.body().map(body -> outcome(resp.statusCode(), body.toString()))))
                .onComplete(ar -> {
                    int i = done.getAndIncrement();
                    if (i < latencies.length) {
                        latencies[i] = System.nanoTime() - t0;
                    }
                    String key = ar.succeeded() ? ar.result() : "error: " + ar.cause().getClass().getSimpleName();
                    outcomes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                    next(http, request, sent, done, total, deadline, latencies, outcomes, finished);
                });
    }

    /** The status, and for the dashboard whether any card carried an error. */
    private static String outcome(int status, String body) {
        return status + (body.contains("\"error\":{") ? " (a card failed)" : "");
    }
}
