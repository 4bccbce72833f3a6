package dev.slmworkbench.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Training API that counts the bytes it moves and can be made slow, so a test can see whether
 * the BFF streams with back-pressure and stops reading when it should. WireMock answers whole
 * bodies; this one writes and reads with blocking I/O, so it stalls exactly when the other side
 * stops taking bytes. Datasets: {@code trickle} (a CSV sent slowly, forever), {@code huge}
 * ({@link #HUGE_BYTES} sent as fast as they are taken); uploads wait at {@link #uploadGate}.
 * Evaluations are hostile answers, one per id (see {@link #evaluations}): larger than any cap,
 * endless, a gzip bomb, a curve of too many points, HTML; {@link #answers} counts what was sent.
 */
public class CountingUpstream implements QuarkusTestResourceLifecycleManager {

    public static final long HUGE_BYTES = 400L * 1024 * 1024;

    /** What one transfer did: bytes moved, and whether it ended because the other side went away. */
    public static final class Transfer {
        public final AtomicLong bytes = new AtomicLong();
        public volatile boolean broken;
        public volatile boolean complete;
        public volatile CountDownLatch over = new CountDownLatch(1);

        public void reset() {
            bytes.set(0);
            broken = false;
            complete = false;
            over = new CountDownLatch(1);
        }

        public boolean awaitOver(long seconds) throws InterruptedException {
            return over.await(seconds, TimeUnit.SECONDS);
        }
    }

    public static final Transfer trickle = new Transfer();
    public static final Transfer huge = new Transfer();
    public static final Transfer upload = new Transfer();
    /** The last hostile evaluation answer. */
    public static final Transfer answers = new Transfer();
    /** What {@code huge} and {@code endless} answers are made of: curve points, 64 KiB at a time. */
    private static final byte[] POINTS = points(64 * 1024);
    public static final long HUGE_ANSWER_BYTES = 40L * 1024 * 1024;
    /** An endless answer stops by itself after this much (or a minute), so a failing test ends. */
    public static final long ENDLESS_AT_MOST = 4L * 1024 * 1024 * 1024;
    public static final int MANY_POINTS = 300_000;
    /** Uploads read 64 KiB, then wait here before reading the rest. */
    public static volatile CountDownLatch uploadGate = new CountDownLatch(0);

    private HttpServer server;
    private ExecutorService threads;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            threads = Executors.newCachedThreadPool();
            server.setExecutor(threads);
            server.createContext("/v1/datasets", this::datasets);
            server.createContext("/v1/evaluations", CountingUpstream::evaluations);
            server.start();
            return Map.of(
                    "training-api.url", "http://127.0.0.1:" + server.getAddress().getPort() + "/v1",
                    "training-api.token", "counting-token",
                    "sandbox.data-dir", Files.createTempDirectory("slmw-counting").resolve("unused").toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    private void datasets(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.equals("/v1/datasets/upload")) {
                upload(exchange);
            } else if (path.equals("/v1/datasets/trickle/download")) {
                trickle(exchange);
            } else if (path.equals("/v1/datasets/huge/download")) {
                huge(exchange);
            } else {
                String id = path.substring(path.lastIndexOf('/') + 1);
                json(exchange, 200, "{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"type\":\"training\","
                        + "\"format\":\"csv\",\"fileName\":\"" + id + ".csv\"}");
            }
        }
    }

    /** 100 rows at once, then 16 KiB every 50 ms until the reader goes away. */
    private static void trickle(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Content-Type", "text/csv");
        byte[] rows = rows(16 * 1024);
        try {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            write(out, trickle, ("n,text\n" + "1,one\n".repeat(100)).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 10_000; i++) {
                write(out, trickle, rows);
                Thread.sleep(50);
            }
            trickle.complete = true;
        } catch (IOException gone) {
            trickle.broken = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            trickle.over.countDown();
        }
    }

    /** {@link #HUGE_BYTES} of CSV, as fast as the reader takes them. */
    private static void huge(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Content-Type", "text/csv");
        byte[] rows = rows(64 * 1024);
        try {
            exchange.sendResponseHeaders(200, HUGE_BYTES);
            OutputStream out = exchange.getResponseBody();
            for (long sent = 0; sent < HUGE_BYTES; sent += rows.length) {
                write(out, huge, rows);
            }
            huge.complete = true;
        } catch (IOException gone) {
            huge.broken = true;
        } finally {
            huge.over.countDown();
        }
    }

    private static void upload(HttpExchange exchange) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            int n = in.readNBytes(buffer, 0, buffer.length);
            upload.bytes.addAndGet(n);
            if (!uploadGate.await(60, TimeUnit.SECONDS)) {
                throw new IOException("the test never opened the gate");
            }
            while ((n = in.read(buffer)) >= 0) {
                upload.bytes.addAndGet(n);
            }
            upload.complete = true;
        } catch (IOException broken) {
            upload.broken = true;
            throw broken;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            upload.over.countDown();
        }
        json(exchange, 201, "{\"id\":\"up1\",\"name\":\"Big\",\"type\":\"training\",\"format\":\"csv\","
                + "\"fileName\":\"big.csv\",\"sizeBytes\":" + upload.bytes.get() + "}");
    }

    /**
     * {@code huge}: {@link #HUGE_ANSWER_BYTES} of JSON, chunked; {@code endless} and
     * {@code endless-error} (status 500): curve points without end; {@code big-error}: a 400 of
     * 3 MiB with its length; {@code bomb}: 256 MiB of JSON gzipped to a few hundred KiB, sent
     * whether asked or not; {@code points}: a curve of {@link #MANY_POINTS} points, compact (about
     * 8 MB); {@code html}: a web page with status 200.
     */
    private static void evaluations(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/v1/evaluations/".length());
        answers.reset();
        try (exchange) {
            switch (id) {
                case "huge" -> stream(exchange, 200, HUGE_ANSWER_BYTES);
                case "endless" -> stream(exchange, 200, ENDLESS_AT_MOST);
                case "endless-error" -> stream(exchange, 500, ENDLESS_AT_MOST);
                case "big-error" -> {
                    byte[] body = ("{\"title\":\"Refused\",\"detail\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}")
                            .getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
                    exchange.sendResponseHeaders(400, body.length);
                    write(exchange.getResponseBody(), answers, body);
                }
                case "bomb" -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    byte[] body = bomb();
                    exchange.sendResponseHeaders(200, body.length);
                    write(exchange.getResponseBody(), answers, body);
                }
                case "points" -> {
                    StringBuilder curve = new StringBuilder("{\"id\":\"points\",\"lossCurve\":[");
                    for (int i = 0; i < MANY_POINTS; i++) {
                        curve.append(i == 0 ? "" : ",").append("{\"step\":").append(i).append(",\"trainLoss\":1.5}");
                    }
                    json(exchange, 200, curve.append("]}").toString());
                }
                case "html" -> {
                    byte[] body = "<!doctype html><title>Login</title><p>Please sign in".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
                default -> json(exchange, 404, "{\"title\":\"Not found\",\"status\":404}");
            }
        } catch (IOException gone) {
            answers.broken = true;
        } finally {
            answers.over.countDown();
        }
    }

    /** An evaluation whose curve goes on for {@code bytes} (without a length), as fast as it is taken. */
    private static void stream(HttpExchange exchange, int status, long bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, 0);
        OutputStream out = exchange.getResponseBody();
        write(out, answers, "{\"id\":\"e\",\"lossCurve\":[".getBytes(StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (answers.bytes.get() < bytes && System.nanoTime() < deadline) {
            write(out, answers, POINTS);
        }
        write(out, answers, "{\"step\":0}]}".getBytes(StandardCharsets.UTF_8));
        answers.complete = true;
    }

    private static byte[] bomb;

    private static synchronized byte[] bomb() throws IOException {
        if (bomb == null) {
            java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(zipped)) {
                gzip.write("{\"id\":\"bomb\",\"pad\":\"".getBytes(StandardCharsets.UTF_8));
                byte[] spaces = new byte[1024 * 1024];
                Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 256; i++) {
                    gzip.write(spaces);
                }
                gzip.write("\"}".getBytes(StandardCharsets.UTF_8));
            }
            bomb = zipped.toByteArray();
        }
        return bomb;
    }

    /** Curve points, each followed by a comma, filling {@code size} bytes (padded with spaces). */
    private static byte[] points(int size) {
        byte[] point = "{\"step\":1,\"trainLoss\":1.25},".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        for (int i = 0; i + point.length <= size; i += point.length) {
            System.arraycopy(point, 0, bytes, i, point.length);
        }
        return bytes;
    }

    private static void write(OutputStream out, Transfer transfer, byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        transfer.bytes.addAndGet(bytes.length);
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** CSV rows filling exactly {@code size} bytes. */
    public static byte[] rows(int size) {
        byte[] row = "42,\"a, b\"\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = row[i % row.length];
        }
        if (size % row.length != 0) {
            Arrays.fill(bytes, size - size % row.length, size, (byte) ' ');
            bytes[size - 1] = '\n';
        }
        return bytes;
    }
}
