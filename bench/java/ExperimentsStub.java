import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Training API holding COUNT experiments (4 base models, 200 datasets), paging them as the
 * contract says ({@code offset}, {@code limit}, {@code status}; newest first), answering after
 * DELAY ms and counting every request. One running experiment moves every CHANGE seconds, as a
 * real run would. GET /count (not part of the contract) tells how many requests it served.
 * Loopback only; stops after MAX_SECONDS.
 *
 *   java -cp <vertx+netty jars> bench/java/ExperimentsStub.java <port> <count> <delay-ms> <change-s> <max-seconds>
 */
public class ExperimentsStub {

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        long delay = Long.parseLong(args[2]);
        long change = Long.parseLong(args[3]);
        long maxSeconds = Long.parseLong(args[4]);
        List<String> items = new ArrayList<>(count);
        List<String> statuses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // newest first: index 0 has the latest createdAt
            String status = i == 0 ? "running" : i % 10 == 3 ? "failed" : "completed";
            statuses.add(status);
            items.add(experiment(i, status, i == 0 ? 0.1 : 1.0));
        }
        AtomicLong served = new AtomicLong();
        Vertx vertx = Vertx.vertx();
        vertx.setPeriodic(change * 1000, t -> {
            double progress = Math.min(0.99, 0.1 + (System.currentTimeMillis() / 1000 % 3600) / 4000.0);
            items.set(0, experiment(0, "running", progress));
        });
        vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port).setAcceptBacklog(8192))
                .requestHandler(req -> {
                    if (req.path().equals("/count")) {
                        req.response().end(Long.toString(served.get()));
                        return;
                    }
                    served.incrementAndGet();
                    vertx.setTimer(delay, t -> answer(req, items, statuses));
                })
                .listen().onSuccess(s -> System.out.println("stub listening on 127.0.0.1:" + s.actualPort()));
        vertx.setTimer(maxSeconds * 1000, t -> System.exit(0));
    }

    private static String experiment(int i, String status, double progress) {
        long created = 1_700_000_000L + 1_000_000L - i;
        String at = java.time.Instant.ofEpochSecond(created).toString();
        return "{\"id\":\"e" + i + "\",\"name\":\"Run " + i + "\",\"status\":\"" + status + "\","
                + "\"baseModelId\":\"m" + (i % 4) + "\",\"trainingDatasetId\":\"d" + (i % 100) + "\","
                + "\"evaluationDatasetId\":\"d" + (100 + i % 100) + "\","
                + "\"config\":{\"learningRate\":0.0002,\"epochs\":3,\"batchSize\":8},\"progress\":" + progress + ","
                + "\"createdAt\":\"" + at + "\",\"updatedAt\":\"" + at + "\",\"evaluationIds\":[]}";
    }

    private static void answer(HttpServerRequest req, List<String> items, List<String> statuses) {
        String path = req.path();
        String body;
        if (path.endsWith("/experiments")) {
            int offset = number(req.getParam("offset"), 0);
            int limit = number(req.getParam("limit"), 50);
            String status = req.getParam("status");
            StringBuilder page = new StringBuilder("{\"items\":[");
            int total = 0;
            int added = 0;
            for (int i = 0; i < items.size(); i++) {
                if (status != null && !status.equals(statuses.get(i))) {
                    continue;
                }
                if (total >= offset && added < limit) {
                    page.append(added++ > 0 ? "," : "").append(items.get(i));
                }
                total++;
            }
            body = page.append("],\"total\":").append(total).append('}').toString();
        } else if (path.matches(".*/models/m\\d+")) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            body = "{\"id\":\"" + id + "\",\"name\":\"Model " + id + "\",\"type\":\"base\",\"version\":\"1\"}";
        } else if (path.matches(".*/datasets/d\\d+")) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            body = dataset(id);
        } else if (path.endsWith("/models")) {
            StringBuilder list = new StringBuilder("{\"items\":[");
            for (int m = 0; m < 4; m++) {
                list.append(m > 0 ? "," : "").append("{\"id\":\"m").append(m).append("\",\"name\":\"Model m").append(m)
                        .append("\",\"type\":\"base\"}");
            }
            body = list.append("],\"total\":4}").toString();
        } else if (path.endsWith("/datasets")) {
            StringBuilder list = new StringBuilder("{\"items\":[");
            for (int d = 0; d < 200; d++) {
                list.append(d > 0 ? "," : "").append(dataset("d" + d));
            }
            body = list.append("],\"total\":200}").toString();
        } else {
            req.response().setStatusCode(404).end();
            return;
        }
        req.response().putHeader("Content-Type", "application/json").end(body);
    }

    private static String dataset(String id) {
        int n = Integer.parseInt(id.substring(1));
        return "{\"id\":\"" + id + "\",\"name\":\"Dataset " + id + "\",\"type\":\"" + (n < 100 ? "training" : "evaluation") + "\"}";
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
