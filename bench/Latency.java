import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * Sequential GETs of one URL over one kept-alive connection: warm-up requests, then timed ones;
 * prints "p50 p95 p99" in milliseconds. Every answer must be 200.
 *
 *   java bench/Latency.java <url> <requests> <warm-up>
 */
public class Latency {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int n = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build();
        double[] ms = new double[n];
        for (int i = -warmUp; i < n; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            if (i >= 0) {
                ms[i] = took / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf("%.2f %.2f %.2f%n", ms[(int) (n * 0.50)], ms[(int) (n * 0.95)], ms[Math.min(n - 1, (int) (n * 0.99))]);
    }
}
