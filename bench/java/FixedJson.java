import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;

/**
 * The ceiling of the machine for a JSON endpoint: a bare Vert.x server answering every request
 * with the same JSON body (one event loop per core, as the app has), no framework, no filters.
 * Loopback only; stops after MAX_SECONDS.
 *
 *   java -cp <vertx+netty jars> bench/java/FixedJson.java <port> <max-seconds>
 */
public class FixedJson {

    /** About the size of a dashboard answer. */
    private static final Buffer BODY = Buffer.buffer("{\"datasets\":{\"count\":7},\"models\":{\"count\":7},"
            + "\"experiments\":{\"count\":42},\"recentExperiments\":{\"items\":["
            + "{\"id\":\"e1\",\"name\":\"Run 1\",\"status\":\"running\",\"progress\":0.4},".repeat(4)
            + "{\"id\":\"e5\",\"name\":\"Run 5\",\"status\":\"running\",\"progress\":0.4}]}}");

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        long maxSeconds = Long.parseLong(args[1]);
        Vertx vertx = Vertx.vertx();
        int loops = Runtime.getRuntime().availableProcessors();
        vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start() {
                vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port).setAcceptBacklog(8192))
                        .requestHandler(req -> req.response().putHeader("Content-Type", "application/json").end(BODY))
                        .listen();
            }
        }, new DeploymentOptions().setInstances(loops))
                .onSuccess(id -> System.out.println("fixed JSON on 127.0.0.1:" + port + " (" + loops + " event loops)"));
        vertx.setTimer(maxSeconds * 1000, t -> System.exit(0));
    }
}
