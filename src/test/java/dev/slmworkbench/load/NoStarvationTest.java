package dev.slmworkbench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.testing.EdgeProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The app in its default mode (embedded sandbox) with a tiny worker pool (8 threads): many
 * dashboards at once and many slow clients must not starve it. Both tests failed when upstream
 * calls and sandbox body reads held worker threads.
 */
@QuarkusTest
@TestProfile(EdgeProfile.class)
class NoStarvationTest {

    private static final int DASHBOARDS = 200;
    private static final int SLOW_CLIENTS = 50;

    @TestHTTPResource("/")
    URL base;

    @Test
    void twoHundredConcurrentDashboardsAllSucceed() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve("api/dashboard"))
                .timeout(Duration.ofSeconds(30)).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < DASHBOARDS; i++) {
            answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> r = answer.get(60, TimeUnit.SECONDS);
            String outcome = r.statusCode() + (r.body().contains("\"error\":{") ? " with a failed card" : "");
            outcomes.merge(outcome, 1, Integer::sum);
        }
        assertEquals(Map.of("200", DASHBOARDS), outcomes);
    }

    @Test
    void slowBodiesDoNotStopOtherRequests() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(i % 2 == 0 ? startSlowPost() : startSlowUpload());
            }
            // Let the server see them all before measuring.
            Thread.sleep(300);
            assertEquals(List.of(), threadsWaitingForABody(), "threads parked on a slow client's body");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (String path : List.of("api/config", "api/dashboard", "api/config")) {
                long started = System.nanoTime();
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.toURI().resolve(path))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                long tookMs = (System.nanoTime() - started) / 1_000_000;
                assertEquals(200, r.statusCode(), path);
                assertTrue(tookMs < 1000, path + " took " + tookMs + " ms while slow clients were connected");
                trickle(slow);
            }
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aClientThatStopsSendingIsCutOff() throws Exception {
        try (Socket socket = startSlowPost()) {
            socket.setSoTimeout((int) (EdgeProfile.IDLE_TIMEOUT_MS + 5000));
            long started = System.nanoTime();
            InputStream in = socket.getInputStream();
            try {
                while (in.read() >= 0) {
                    // An answer (408) may come before the close; read until the server closes.
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("The server kept a silent client's connection open", e);
            } catch (IOException reset) {
                // A reset is a close too.
            }
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            assertTrue(tookMs < EdgeProfile.IDLE_TIMEOUT_MS + 3000, "closed after " + tookMs + " ms");
        }
    }

    /** Threads of this JVM (the app runs in it) blocked in a read of a request body. */
    private static List<String> threadsWaitingForABody() {
        List<String> parked = new ArrayList<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            for (StackTraceElement frame : stack) {
                if (frame.getMethodName().equals("readBlocking") || frame.getClassName().endsWith("VertxInputStream")) {
                    parked.add(thread.getName());
                    return;
                }
            }
        });
        return parked;
    }

    /** Headers and 20 kB of a 100 kB JSON body to a sandbox write route, then nothing more for now. */
    private Socket startSlowPost() throws IOException {
        return startSlow("/sandbox/v1/experiments", "application/json", "{\"name\":\"");
    }

    /** The same on the sandbox's multipart upload route. */
    private Socket startSlowUpload() throws IOException {
        return startSlow("/sandbox/v1/datasets/upload", "multipart/form-data; boundary=b0undary",
                "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\nprompt,response\n");
    }

    private Socket startSlow(String path, String contentType, String bodyStart) throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        String token = ConfigProvider.getConfig().getOptionalValue("sandbox.token", String.class).orElse("");
        String head = "POST " + path + " HTTP/1.1\r\n"
                + "Host: localhost:" + base.getPort() + "\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + (token.isEmpty() ? "" : "Authorization: Bearer " + token + "\r\n")
                + "Content-Length: 100000\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write((head + bodyStart + "x".repeat(20_000)).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static void trickle(List<Socket> sockets) throws IOException {
        for (Socket s : sockets) {
            s.getOutputStream().write('x');
            s.getOutputStream().flush();
        }
    }
}
