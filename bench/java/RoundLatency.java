import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Rounds of GETs: each round asks every URL at the same time (as a page opening several runs at
 * once does) and waits for all; warm-up rounds, then timed ones, or until SECONDS passed. Prints
 * "requests p50 p95 p99" in milliseconds over every timed request. Every answer must be 200.
 * Loopback only.
 *
 *   java bench/java/RoundLatency.java <rounds> <warm-up rounds> <seconds> <url> [<url>...]
 */
public class RoundLatency {

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int warmUp = Integer.parseInt(args[1]);
        long deadline = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
        List<URI> urls = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            URI url = URI.create(args[i]);
            if (!url.getHost().equals("127.0.0.1") && !url.getHost().equals("localhost")) {
                throw new IllegalArgumentException("Loopback only");
            }
            urls.add(url);
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        double[] ms = new double[rounds * urls.size()];
        int n = 0;
        for (int r = -warmUp; r < rounds && System.nanoTime() < deadline; r++) {
            List<CompletableFuture<Double>> round = new ArrayList<>();
            for (URI url : urls) {
                long start = System.nanoTime();
                round.add(client.sendAsync(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
                            if (response.statusCode() != 200) {
                                throw new IllegalStateException(url + " answered " + response.statusCode());
                            }
                            return (System.nanoTime() - start) / 1e6;
                        }));
            }
            for (CompletableFuture<Double> f : round) {
                double took = f.join();
                if (r >= 0) {
                    ms[n++] = took;
                }
            }
        }
        double[] timed = Arrays.copyOf(ms, n);
        Arrays.sort(timed);
        System.out.printf("%d %.1f %.1f %.1f%n", n, timed[(int) (n * 0.50)], timed[(int) (n * 0.95)],
                timed[Math.min(n - 1, (int) (n * 0.99))]);
    }
}
