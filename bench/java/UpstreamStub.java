import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;

/**
 * A Training API that answers every call after a fixed delay (timers, no threads held), for
 * measuring the BFF against a slow external upstream. Loopback only; stops after MAX_SECONDS.
 *
 *   java -cp <vertx+netty jars> bench/java/UpstreamStub.java <port> <delay-ms> <max-seconds>
 */
public class UpstreamStub {

    private static final String EXPERIMENT = "{\"id\":\"e%d\",\"name\":\"Run %d\",\"status\":\"running\","
            + "\"baseModelId\":\"m1\",\"trainingDatasetId\":\"d1\",\"evaluationDatasetId\":\"d2\","
            + "\"config\":{\"learningRate\":0.0002,\"epochs\":3,\"batchSize\":8},\"progress\":0.4,"
            + "\"createdAt\":\"2026-11-0%dT00:00:00Z\",\"updatedAt\":\"2026-11-0%dT00:00:00Z\"}";

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        long delay = Long.parseLong(args[1]);
        long maxSeconds = Long.parseLong(args[2]);
        StringBuilder experiments = new StringBuilder("{\"items\":[");
        for (int i = 1; i <= 5; i++) {
            experiments.append(i > 1 ? "," : "").append(String.format(EXPERIMENT, i, i, i, i));
        }
        String experimentList = experiments.append("],\"total\":42}").toString();
        Vertx vertx = Vertx.vertx();
        vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port).setAcceptBacklog(8192))
                .requestHandler(req -> vertx.setTimer(delay, t -> {
                    String path = req.path();
                    String body = path.endsWith("/experiments") ? experimentList : "{\"items\":[],\"total\":7}";
                    req.response().putHeader("Content-Type", "application/json").end(body);
                }))
                .listen().onSuccess(s -> System.out.println("stub listening on 127.0.0.1:" + s.actualPort()));
        vertx.setTimer(maxSeconds * 1000, t -> System.exit(0));
    }
}
