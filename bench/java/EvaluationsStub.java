import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Training API holding COUNT evaluations ({@code ev0}..), each with a STEPS-step loss curve
 * (an eval loss every 100 steps), of one experiment each, with their models and datasets. Bodies
 * are rendered once at start, so the stub costs almost nothing per request; GET /count (not part
 * of the contract) tells how many requests it served. Loopback only; stops after MAX_SECONDS.
 *
 *   java -cp <vertx+netty jars> bench/java/EvaluationsStub.java <port> <count> <steps> <max-seconds>
 */
public class EvaluationsStub {

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        int steps = Integer.parseInt(args[2]);
        long maxSeconds = Long.parseLong(args[3]);
        Map<String, Buffer> bodies = new HashMap<>();
        for (int i = 0; i < count; i++) {
            bodies.put("/v1/evaluations/ev" + i, json(evaluation(i, steps)));
            bodies.put("/v1/experiments/x" + i, json("{\"id\":\"x" + i + "\",\"name\":\"Run " + i
                    + "\",\"status\":\"completed\",\"baseModelId\":\"base\",\"trainingDatasetId\":\"dtrain\","
                    + "\"evaluationDatasetId\":\"deval\",\"config\":{\"learningRate\":0.0002,\"epochs\":3,\"batchSize\":8},"
                    + "\"createdAt\":\"2026-11-01T00:00:00Z\",\"updatedAt\":\"2026-11-01T00:00:00Z\",\"evaluationIds\":[\"ev" + i
                    + "\"]}"));
            bodies.put("/v1/models/m" + i, json("{\"id\":\"m" + i + "\",\"name\":\"Tuned " + i + "\",\"type\":\"fine_tuned\"}"));
        }
        bodies.put("/v1/models/base", json("{\"id\":\"base\",\"name\":\"SmolLM2-135M\",\"type\":\"base\"}"));
        bodies.put("/v1/datasets/dtrain", json("{\"id\":\"dtrain\",\"name\":\"Support\",\"type\":\"training\"}"));
        bodies.put("/v1/datasets/deval", json("{\"id\":\"deval\",\"name\":\"Support held out\",\"type\":\"evaluation\"}"));
        System.out.printf("evaluation body: %,d bytes%n", bodies.get("/v1/evaluations/ev0").length());
        AtomicLong served = new AtomicLong();
        Vertx vertx = Vertx.vertx();
        vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
                .requestHandler(req -> {
                    if (req.path().equals("/count")) {
                        req.response().end(Long.toString(served.get()));
                        return;
                    }
                    served.incrementAndGet();
                    Buffer body = bodies.get(req.path());
                    if (body == null) {
                        req.response().setStatusCode(404).end();
                    } else {
                        req.response().putHeader("Content-Type", "application/json").end(body);
                    }
                })
                .listen().onSuccess(s -> System.out.println("stub listening on 127.0.0.1:" + s.actualPort()));
        vertx.setTimer(maxSeconds * 1000, t -> System.exit(0));
    }

    private static String evaluation(int i, int steps) {
        StringBuilder out = new StringBuilder(steps * 72);
        out.append("{\"id\":\"ev").append(i).append("\",\"experimentId\":\"x").append(i).append("\",\"modelId\":\"m").append(i)
                .append("\",\"datasetId\":\"deval\",\"createdAt\":\"2026-11-02T00:00:00Z\",")
                .append("\"metrics\":{\"accuracy\":0.81,\"f1\":0.78,\"perplexity\":6.4},")
                .append("\"trainingStats\":{\"runtimeSeconds\":5400,\"gpu\":\"A10G\"},\"lossCurve\":[");
        java.util.Random noise = new java.util.Random(i);
        for (int s = 1; s <= steps; s++) {
            double loss = 2.5 / (1 + s / 2000.0) + 0.2 + noise.nextGaussian() * 0.02 + (s % 9973 == 0 ? 1.5 : 0);
            out.append(s > 1 ? "," : "").append("{\"step\":").append(s).append(",\"epoch\":")
                    .append(String.format("%.5f", s * 3.0 / steps)).append(",\"trainLoss\":")
                    .append(String.format("%.6f", loss));
            if (s % 100 == 0) {
                out.append(",\"evalLoss\":").append(String.format("%.6f", loss + 0.05));
            }
            out.append('}');
        }
        return out.append("]}").toString();
    }

    private static Buffer json(String text) {
        return Buffer.buffer(text.getBytes(StandardCharsets.UTF_8));
    }
}
