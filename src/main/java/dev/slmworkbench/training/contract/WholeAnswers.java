package dev.slmworkbench.training.contract;

import dev.slmworkbench.training.UpstreamErrors;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/** Answers of the files client's calls that are read whole (JSON, an error's body), never a file. */
final class WholeAnswers {

    /** The most of a JSON answer (or an error's body) read whole; files are never read whole. */
    static final int MAX = 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(WholeAnswers.class);

    private WholeAnswers() {
    }

    /** A non-2xx answer, as the failure a person reads; its body is read only when it is small. */
    static Future<Void> refused(HttpClientRequest request, HttpClientResponse response) {
        int status = response.statusCode();
        if (status < 400) {
            request.reset();
            return Future.failedFuture(UpstreamErrors.malformed());
        }
        return read(request, response, MAX)
                .transform(ar -> Future.failedFuture(UpstreamErrors.fromAnswer(status,
                        ar.succeeded() && ar.result() != null ? ar.result() : "", response.getHeader("Retry-After"))));
    }

    /**
     * A whole answer as text, or null when it is larger than {@code max} (then it is dropped). An
     * answer that ended before its callback ran (the callback can be queued behind the rest of
     * the read) reads as empty: its status still says what happened, and the
     * caller answers at once instead of after the read timeout.
     */
    static Future<String> read(HttpClientRequest request, HttpClientResponse response, int max) {
        Promise<String> text = Promise.promise();
        Buffer bytes = Buffer.buffer();
        try {
            response.handler(chunk -> {
                if (bytes.length() + chunk.length() > max) {
                    text.tryComplete(null);
                    request.reset();
                } else {
                    bytes.appendBuffer(chunk);
                }
            });
            response.exceptionHandler(text::tryFail);
            response.endHandler(ignored -> text.tryComplete(bytes.toString(StandardCharsets.UTF_8)));
            response.resume();
        } catch (IllegalStateException ended) {
            LOG.debugf("An answer of the Training API ended before it was read: %s", ended.getMessage());
            return Future.succeededFuture("");
        }
        return text.future();
    }
}
