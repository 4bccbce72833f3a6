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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * BROWSERS simulated browsers polling one BFF list every INTERVAL seconds for SECONDS seconds, as
 * the Experiments page does: each sends the ETag it holds as If-None-Match. Browser i looks at page
 * (i % PAGES) of 25 rows; starts are spread over the first interval. Loopback only. Prints the
 * count, outcomes, latency percentiles and the share of 304 answers.
 *
 *   java -cp <vertx+netty jars> bench/java/Pollers.java http://127.0.0.1:8080/api/experiments 500 5 60 1
 */
public class Pollers {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        if (!uri.getHost().equals("127.0.0.1") && !uri.getHost().equals("localhost")) {
            throw new IllegalArgumentException("Loopback only");
        }
        int browsers = Integer.parseInt(args[1]);
        long interval = Long.parseLong(args[2]) * 1000;
        long seconds = Long.parseLong(args[3]);
        int pages = Integer.parseInt(args[4]);
        Vertx vertx = Vertx.vertx();
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(10_000),
                new PoolOptions().setHttp1MaxSize(browsers).setMaxWaitQueueSize(-1));
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> steady = new ConcurrentLinkedQueue<>();
        long steadyFrom = System.currentTimeMillis() + interval + 1;
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        long end = System.currentTimeMillis() + seconds * 1000;
        for (int b = 0; b < browsers; b++) {
            String path = uri.getRawPath() + "?limit=25&offset=" + (b % pages) * 25;
            String[] etag = {null};
            long firstDelay = 1 + (interval * b) / browsers;
            Runnable poll = () -> {
                if (System.currentTimeMillis() >= end) {
                    return;
                }
                RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(uri.getHost())
                        .setPort(uri.getPort()).setURI(path).setTimeout(30_000);
                if (etag[0] != null) {
                    request.putHeader("If-None-Match", etag[0]);
                }
                long start = System.nanoTime();
                long sentAt = System.currentTimeMillis();
                http.request(request).compose(req -> req.send().compose(resp -> {
                    String tag = resp.getHeader("ETag");
                    if (tag != null) {
                        etag[0] = tag;
                    }
                    return resp.body().map(b2 -> resp.statusCode());
                })).onComplete(ar -> {
                    latencies.add(System.nanoTime() - start);
                    if (sentAt >= steadyFrom) {
                        steady.add(System.nanoTime() - start);
                    }
                    String key = ar.succeeded() ? Integer.toString(ar.result()) : "error";
                    outcomes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                });
            };
            vertx.setTimer(firstDelay, t0 -> {
                poll.run();
                vertx.setPeriodic(interval, t -> poll.run());
            });
        }
        Thread.sleep(seconds * 1000 + 5_000);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        int notModified = outcomes.getOrDefault("304", new AtomicInteger()).get();
        System.out.printf("bff requests: %d, browsers: %d, every %d s for %d s%n", n, browsers, interval / 1000, seconds);
        System.out.println("outcomes: " + new TreeMap<>(outcomes));
        System.out.printf("p50: %.1f ms, p95: %.1f ms, p99: %.1f ms, max: %.1f ms%n",
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), n == 0 ? 0 : sorted[n - 1] / 1e6);
        long[] later = steady.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(later);
        System.out.printf("after the first round (connections open): %d requests, p50: %.1f ms, p95: %.1f ms, p99: %.1f ms%n",
                later.length, pct(later, 50), pct(later, 95), pct(later, 99));
        System.out.printf("share of 304: %.3f%n", n == 0 ? 0 : (double) notModified / n);
        vertx.close();
        System.exit(0);
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }
}
