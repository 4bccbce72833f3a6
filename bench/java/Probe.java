import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A light probe beside a load: one GET of URL every INTERVAL_MS for SECONDS, one after another.
 * Prints "requests failed p50 p95 p99 max" (ms over the answered ones; failed counts non-200
 * answers and refused or broken connections, so a process that died shows as failures). Loopback only.
 *
 *   java bench/java/Probe.java <url> <interval-ms> <seconds>
 */
public class Probe {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        if (!url.getHost().equals("127.0.0.1") && !url.getHost().equals("localhost")) {
            throw new IllegalArgumentException("Loopback only");
        }
        long interval = Long.parseLong(args[1]);
        long deadline = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build();
        List<Double> ms = new ArrayList<>();
        int failed = 0;
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 200) {
                    ms.add((System.nanoTime() - start) / 1e6);
                } else {
                    failed++;
                }
            } catch (java.io.IOException e) {
                failed++;
            }
            long rest = interval - (System.nanoTime() - start) / 1_000_000;
            if (rest > 0) {
                Thread.sleep(rest);
            }
        }
        ms.sort(null);
        int n = ms.size();
        if (n == 0) {
            System.out.printf("%d %d - - - -%n", failed, failed);
            return;
        }
        System.out.printf("%d %d %.1f %.1f %.1f %.1f%n", n + failed, failed, ms.get(n / 2), ms.get((int) (n * 0.95)),
                ms.get(Math.min(n - 1, (int) (n * 0.99))), ms.get(n - 1));
    }
}
