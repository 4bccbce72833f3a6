import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A Training API stub with 10,000 datasets for bench/dataset-list-latency.sh, answering
 * GET {prefix}/v1/datasets in the two shapes the contract allows: /paged/v1/datasets pages itself
 * ({items, total}, honouring offset and limit), /bare/v1/datasets answers every item as a bare
 * array and leaves filtering, sorting and paging to the BFF. Answers are prepared at start, so
 * the stub adds next to nothing to what is measured.
 *
 *   java bench/ListStub.java <port> [count]
 */
public class ListStub {

    public static void main(String[] args) throws IOException {
        // Headers and body go out in two writes; without this, Nagle and delayed ACKs add 40 ms to each answer.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int port = Integer.parseInt(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<String> items = new ArrayList<>(count);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 1; i <= count; i++) {
            items.add(("{\"id\":\"ds-%05d\",\"name\":\"Dataset %05d\",\"description\":\"Support conversations, batch %d\","
                    + "\"type\":\"%s\",\"format\":\"csv\",\"fileName\":\"dataset-%05d.csv\",\"sizeBytes\":%d,"
                    + "\"rowCount\":%d,\"createdAt\":\"%s\"}").formatted(i, i, i % 97, i % 3 == 0 ? "evaluation" : "training",
                    i, 1000L * i, 10L * i, start.plusSeconds(60L * i)));
        }
        byte[] bare = ("[" + String.join(",", items) + "]").getBytes(StandardCharsets.UTF_8);
        // The paged upstream sorts newest first, as the contract's default asks.
        List<String> newestFirst = new ArrayList<>(items);
        java.util.Collections.reverse(newestFirst);

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/bare/v1/datasets", exchange -> send(exchange, bare));
        server.createContext("/paged/v1/datasets", exchange -> {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            int offset = Math.min(count, Integer.parseInt(query.getOrDefault("offset", "0")));
            int limit = Integer.parseInt(query.getOrDefault("limit", "50"));
            String page = String.join(",", newestFirst.subList(offset, Math.min(count, offset + limit)));
            send(exchange, ("{\"items\":[" + page + "],\"total\":" + count + "}").getBytes(StandardCharsets.UTF_8));
        });
        server.start();
        System.out.println("stub ready on " + port + ": " + count + " datasets, bare array " + bare.length + " bytes");
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return params;
    }
}
