import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * A hostile Training API for bench/hostile-upstream.sh (issue 24): every answer is one a broken or
 * malicious upstream could send. Lists choose their behaviour by the query's {@code q}, which the
 * BFF passes on ({@code GET /api/datasets?q=huge}):
 *   huge      a 100 MB JSON answer            endless  a chunked answer that never ends (stops after 120 s)
 *   gzip      1 MB of gzip inflating to 1 GiB  oversized a page of 100,000 items for any limit
 *   html      200 with text/html               html500  500 with an HTML error page
 * Items: /v1/evaluations/ev-big (1,000,000 curve points), /v1/datasets/ds-wide (a 1 MB CSV whose
 * header has 1,000,000 columns), /v1/datasets/ds-keys (JSONL, 20 records of 5,000 distinct keys
 * each), /v1/datasets/ds-html (downloads as text/html), /v1/datasets/ds-bomb (its download is a gzip
 * bomb). Uploads are read and answered 201. GET /count (not of the contract) tells requests served.
 * Loopback only; stops after MAX_SECONDS.
 *
 *   java -cp <vertx+netty jars> bench/java/HostileStub.java <port> <max-seconds>
 */
public class HostileStub {

    private static final long MB = 1024 * 1024;

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        long maxSeconds = Long.parseLong(args[1]);
        Buffer gzipBomb = gzipBomb("{\"items\":[", 1024);
        Buffer bigEvaluation = bigEvaluation(1_000_000);
        Buffer wideCsv = wideCsv(1_000_000);
        Buffer manyKeys = manyKeys(20, 5_000);
        Buffer oversized = oversized(100_000);
        System.out.printf("gzip bomb %,d bytes (inflates to 1 GiB); evaluation %,d bytes; wide CSV %,d bytes; keys JSONL %,d bytes%n",
                gzipBomb.length(), bigEvaluation.length(), wideCsv.length(), manyKeys.length());
        AtomicLong served = new AtomicLong();
        Vertx vertx = Vertx.vertx();
        vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
                .requestHandler(req -> {
                    if (req.path().equals("/count")) {
                        req.response().end(Long.toString(served.get()));
                        return;
                    }
                    served.incrementAndGet();
                    HttpServerResponse res = req.response();
                    String path = req.path();
                    String q = req.getParam("q", "");
                    switch (path) {
                        case "/v1/datasets", "/v1/models", "/v1/experiments", "/v1/evaluations" -> list(vertx, req, q, gzipBomb, oversized);
                        case "/v1/evaluations/ev-big" -> json(res, bigEvaluation);
                        case "/v1/datasets/ds-wide" -> json(res, dataset("ds-wide", "csv"));
                        case "/v1/datasets/ds-wide/download" -> res.putHeader("Content-Type", "text/csv").end(wideCsv);
                        case "/v1/datasets/ds-keys" -> json(res, dataset("ds-keys", "jsonl"));
                        case "/v1/datasets/ds-keys/download" -> res.putHeader("Content-Type", "application/x-ndjson").end(manyKeys);
                        case "/v1/datasets/ds-html" -> json(res, dataset("ds-html", "csv"));
                        case "/v1/datasets/ds-html/download" -> res.putHeader("Content-Type", "text/html")
                                .end("<html><script>alert(1)</script></html>");
                        case "/v1/datasets/ds-bomb" -> json(res, dataset("ds-bomb", "jsonl"));
                        case "/v1/datasets/ds-bomb/download" -> res.putHeader("Content-Type", "application/x-ndjson")
                                .putHeader("Content-Encoding", "gzip").end(gzipBomb);
                        case "/v1/datasets/upload" -> {
                            req.handler(ignored -> { });
                            req.endHandler(ignored -> json(res.setStatusCode(201), dataset("ds-new", "csv")));
                            req.exceptionHandler(ignored -> { });
                        }
                        default -> res.setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                                .end("{\"title\":\"Not found\",\"status\":404}");
                    }
                })
                .listen().onSuccess(s -> System.out.println("stub listening on 127.0.0.1:" + s.actualPort()));
        vertx.setTimer(maxSeconds * 1000, t -> System.exit(0));
    }

    private static void list(Vertx vertx, HttpServerRequest req, String q, Buffer gzipBomb, Buffer oversized) {
        HttpServerResponse res = req.response();
        switch (q) {
            case "huge" -> {
                // 100 MB of valid JSON, sent in 1 MiB writes as the client takes them.
                Buffer pad = Buffer.buffer("a".repeat((int) MB));
                res.putHeader("Content-Type", "application/json").setChunked(true);
                res.write("{\"items\":[],\"total\":0,\"pad\":\"");
                pump(vertx, res, pad, 100, () -> res.end("\"}"));
            }
            case "endless" -> {
                Buffer spaces = Buffer.buffer(" ".repeat(64 * 1024));
                res.putHeader("Content-Type", "application/json").setChunked(true);
                res.write("{\"items\":[");
                pump(vertx, res, spaces, Long.MAX_VALUE, res::reset);
                vertx.setTimer(120_000, t -> res.reset());
            }
            case "gzip" -> res.putHeader("Content-Type", "application/json").putHeader("Content-Encoding", "gzip").end(gzipBomb);
            case "oversized" -> json(res, oversized);
            case "html" -> res.putHeader("Content-Type", "text/html").end("<html><body>Login</body></html>");
            case "html500" -> res.setStatusCode(500).putHeader("Content-Type", "text/html")
                    .end("<html><body><pre>java.lang.NullPointerException at com.internal.Secret</pre></body></html>");
            default -> json(res, Buffer.buffer("{\"items\":[],\"total\":0}"));
        }
    }

    /** Writes {@code piece} up to {@code times} times, only while the client keeps up; then {@code done}. */
    private static void pump(Vertx vertx, HttpServerResponse res, Buffer piece, long times, Runnable done) {
        long[] left = {times};
        Runnable[] step = new Runnable[1];
        step[0] = () -> {
            while (left[0] > 0 && !res.writeQueueFull() && !res.closed()) {
                res.write(piece);
                left[0]--;
            }
            if (res.closed()) {
                return;
            }
            if (left[0] == 0) {
                done.run();
            } else {
                res.drainHandler(ignored -> step[0].run());
            }
        };
        step[0].run();
    }

    private static void json(HttpServerResponse res, Buffer body) {
        res.putHeader("Content-Type", "application/json").end(body);
    }

    private static Buffer dataset(String id, String format) {
        return Buffer.buffer("{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"type\":\"training\",\"format\":\"" + format
                + "\",\"fileName\":\"" + id + "." + format + "\",\"sizeBytes\":1000000,\"rowCount\":20,"
                + "\"createdAt\":\"2026-11-01T00:00:00Z\"}");
    }

    private static Buffer gzipBomb(String start, int mebibytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] spaces = new byte[(int) MB];
        Arrays.fill(spaces, (byte) ' ');
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
            gzip.write(start.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < mebibytes; i++) {
                gzip.write(spaces);
            }
        }
        return Buffer.buffer(out.toByteArray());
    }

    private static Buffer bigEvaluation(int points) {
        StringBuilder out = new StringBuilder(points * 60);
        out.append("{\"id\":\"ev-big\",\"experimentId\":\"x1\",\"modelId\":\"m1\",\"datasetId\":\"d1\",")
                .append("\"createdAt\":\"2026-11-02T00:00:00Z\",\"metrics\":{\"accuracy\":0.8},\"lossCurve\":[");
        for (int s = 1; s <= points; s++) {
            out.append(s > 1 ? "," : "").append("{\"step\":").append(s).append(",\"trainLoss\":").append(1.0 + 1.0 / s).append('}');
        }
        return Buffer.buffer(out.append("]}").toString());
    }

    private static Buffer wideCsv(int columns) {
        StringBuilder out = new StringBuilder(columns + 100);
        out.append('a');
        out.append(",".repeat(columns - 1)).append('\n');
        for (int row = 0; row < 21; row++) {
            out.append(row).append('\n');
        }
        return Buffer.buffer(out.toString());
    }

    private static Buffer manyKeys(int records, int keysEach) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < records; r++) {
            out.append('{');
            for (int k = 0; k < keysEach; k++) {
                out.append(k > 0 ? "," : "").append("\"k").append(r).append('_').append(k).append("\":1");
            }
            out.append("}\n");
        }
        return Buffer.buffer(out.toString());
    }

    private static Buffer oversized(int items) {
        StringBuilder out = new StringBuilder(items * 40);
        out.append("{\"items\":[");
        for (int i = 0; i < items; i++) {
            out.append(i > 0 ? "," : "").append("{\"id\":\"i").append(i).append("\",\"name\":\"Item ").append(i).append("\"}");
        }
        return Buffer.buffer(out.append("],\"total\":").append(items).append('}').toString());
    }
}
