package dev.slmworkbench.training.contract;

import dev.slmworkbench.http.ByteStreams;
import dev.slmworkbench.http.Contexts;
import dev.slmworkbench.training.Dataset;
import dev.slmworkbench.training.DatasetSchema;
import dev.slmworkbench.training.FileHead;
import dev.slmworkbench.training.IdChecks;
import dev.slmworkbench.training.NewDataset;
import dev.slmworkbench.training.UpstreamErrors;
import dev.slmworkbench.training.contract.relay.FileReads;
import dev.slmworkbench.training.contract.relay.FileRelay;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.ReadStream;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Dataset files to and from the Training API as streams: an upload is piped into the upstream
 * request and a download out of the upstream response, both with back-pressure, so no file is
 * held in memory or on disk here. The Quarkus REST Client buffers forwarded multipart bodies
 * (quarkus#47884), hence the Vert.x HTTP client. Same endpoint, token, timeouts, error sentences
 * and circuit breaker as {@link TrainingClient}: opening a download is a read (retried), an
 * upload a write (never retried).
 */
@ApplicationScoped
public class TrainingFiles {

    private static final Object OFF_LOOP = new Object();
    private static final Logger LOG = Logger.getLogger(TrainingFiles.class);

    private final Vertx vertx;
    private final TrainingApiConfig config;
    private final TrainingApiEndpoint endpoint;
    private final TrainingClient client;
    private final Map<Object, HttpClient> clients = new ConcurrentHashMap<>();
    /** Read for each new connection and each download, so a test can switch it without a restart. */
    private volatile DownloadRelay downloadRelay;

    TrainingFiles(Vertx vertx, TrainingApiConfig config, TrainingApiEndpoint endpoint, TrainingClient client) {
        this.vertx = vertx;
        this.config = config;
        this.endpoint = endpoint;
        this.client = client;
        this.downloadRelay = config.downloadRelay();
    }

    /**
     * Changes how the downloads opened from now on travel (tests of the {@code pipe} way). A
     * connection opened before keeps its read sizes, which are Netty's usual ones outside a relay.
     */
    public void downloadRelay(DownloadRelay relay) {
        this.downloadRelay = relay;
    }

    public DownloadRelay downloadRelay() {
        return downloadRelay;
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::close);
        clients.clear();
    }

    /**
     * Opens a dataset's file to send it on to a browser ({@link Download#sendTo}), past Vert.x or
     * through its pipe as {@link #downloadRelay()} says: the answer arrives once the upstream has
     * sent its headers.
     */
    public Uni<Download> download(String id) {
        return open(id, downloadRelay == DownloadRelay.DIRECT);
    }

    /**
     * The start of a dataset's file: bytes are read until {@code enough} says so (it sees each new
     * piece) or {@code maxBytes} are in, then the transfer is dropped.
     */
    public Uni<FileHead> head(String id, int maxBytes, Predicate<Buffer> enough) {
        return open(id, false).chain(download -> Uni.createFrom().<FileHead>emitter(emitter -> {
            Buffer bytes = Buffer.buffer();
            AtomicBoolean done = new AtomicBoolean();
            ReadStream<Buffer> body = download.body();
            body.handler(chunk -> {
                if (done.get()) {
                    return;
                }
                int room = maxBytes - bytes.length();
                boolean over = chunk.length() > room;
                Buffer piece = over ? chunk.slice(0, room) : chunk;
                bytes.appendBuffer(piece);
                if ((enough.test(piece) || over) && done.compareAndSet(false, true)) {
                    download.cancel();
                    emitter.complete(new FileHead(ByteStreams.view(bytes), false));
                }
            });
            body.exceptionHandler(e -> {
                if (done.compareAndSet(false, true)) {
                    emitter.fail(client.classify(e));
                }
            });
            body.endHandler(ignored -> {
                if (done.compareAndSet(false, true)) {
                    emitter.complete(new FileHead(ByteStreams.view(bytes), true));
                }
            });
            emitter.onTermination(() -> {
                if (done.compareAndSet(false, true)) {
                    download.cancel();
                }
            });
            body.resume();
        }).ifNoItem().after(readTimeout()).failWith(() -> client.classify(UpstreamErrors.timedOut())));
    }

    /**
     * Sends a new dataset to {@code POST /datasets/upload}: the fields, then {@code head}, then
     * {@code rest} as it arrives. The upstream sees the end of the body only when {@code rest}
     * ends; if {@code rest} fails, the upstream request is reset so it never gets a whole file.
     */
    public Uni<Dataset> upload(NewDataset dataset, Buffer head, ReadStream<Buffer> rest, Supplier<DatasetSchema> schema) {
        rest.pause();
        return Uni.createFrom().deferred(() -> {
            Context context = Vertx.currentContext();
            return client.write(() -> Uni.createFrom().<String>emitter(
                    emitter -> Contexts.on(context, () -> new UploadCall(context, emitter, dataset, head, rest, schema).start())));
        }).map(text -> client.object(text, Dataset.class))
                .eventually(() -> client.listChanged("datasets"));
    }

    private Uni<Download> open(String id, boolean relayed) {
        return Uni.createFrom().deferred(() -> {
            IdChecks.check("id", id);
            Context context = Vertx.currentContext();
            return client.readOther(() -> open(context, "/datasets/" + id + "/download", relayed));
        });
    }

    private Uni<Download> open(Context context, String path, boolean relayed) {
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        AtomicReference<FileRelay> relay = new AtomicReference<>();
        return Uni.createFrom().<Download>emitter(emitter -> Contexts.on(context, () -> http()
                .request(options(HttpMethod.GET, path).putHeader(HttpHeaders.ACCEPT, "*/*"))
                .compose(request -> {
                    sent.set(request);
                    if (relayed) {
                        relay.set(FileRelay.install(request));
                    }
                    // Ends reported here are reported to the caller already (or are our own cancel).
                    request.exceptionHandler(e -> LOG.debugf("Dataset file transfer ended: %s", e.getMessage()));
                    return request.send();
                })
                .onFailure(emitter::fail)
                .onSuccess(response -> {
                    if (response.statusCode() / 100 == 2) {
                        // Nothing may be lost before the caller pipes the body.
                        response.pause();
                        emitter.complete(new Download(sent.get(), response, relay.get()));
                    } else {
                        WholeAnswers.refused(sent.get(), response).onComplete(ar -> emitter.fail(ar.cause()));
                    }
                })))
                .ifNoItem().after(readTimeout()).failWith(UpstreamErrors::timedOut)
                .onCancellation().invoke(() -> {
                    HttpClientRequest request = sent.get();
                    if (request != null) {
                        request.reset();
                    }
                });
    }

    /** One upload: every callback runs on the caller's event loop, so its state needs no locks. */
    private final class UploadCall {

        private final UniEmitter<? super String> emitter;
        private final NewDataset dataset;
        private final Buffer head;
        private final ReadStream<Buffer> rest;
        private final Supplier<DatasetSchema> schema;
        private final MultipartForm form = new MultipartForm();
        private HttpClientRequest request;
        private boolean bodySent;
        private boolean finished;
        private long answerTimer = -1;

        UploadCall(Context context, UniEmitter<? super String> emitter, NewDataset dataset, Buffer head,
                ReadStream<Buffer> rest, Supplier<DatasetSchema> schema) {
            this.schema = schema;
            this.emitter = emitter;
            this.dataset = dataset;
            this.head = head;
            this.rest = rest;
            emitter.onTermination(() -> Contexts.on(context, () -> {
                if (!finished) {
                    abort(new CancellationException("The upload was cancelled."));
                }
            }));
        }

        void start() {
            http().request(options(HttpMethod.POST, "/datasets/upload")
                            .putHeader(HttpHeaders.CONTENT_TYPE, form.contentType())
                            .putHeader(HttpHeaders.ACCEPT, "application/json"))
                    .onFailure(this::fail)
                    .onSuccess(this::send);
        }

        private void send(HttpClientRequest sending) {
            request = sending;
            request.exceptionHandler(e -> LOG.debugf("Dataset upload to the Training API ended: %s", e.getMessage()));
            if (finished) {
                request.reset();
                return;
            }
            request.setChunked(true);
            request.response().onComplete(ar -> {
                if (ar.failed()) {
                    fail(ar.cause());
                } else {
                    answered(ar.result());
                }
            });
            request.write(form.field("name", dataset.name()));
            if (dataset.description() != null) {
                request.write(form.field("description", dataset.description()));
            }
            request.write(form.field("type", dataset.type()));
            request.write(form.fileHeader("file", dataset.fileName()));
            request.write(head);
            new CallerSide(rest).pipe().endOnSuccess(false).endOnFailure(false).to(request).onComplete(piped -> {
                if (finished) {
                    return;
                }
                if (piped.failed()) {
                    abort(piped.cause());
                    return;
                }
                bodySent = true;
                request.end(ending()).onSuccess(ignored -> {
                    if (!finished) {
                        answerTimer = vertx.setTimer(config.readTimeoutMs(), t -> abort(UpstreamErrors.timedOut()));
                    }
                });
            });
        }

        /** The end of the file part, then what the checks found (known only now), then the form's end. */
        private Buffer ending() {
            DatasetSchema found = schema == null ? null : schema.get();
            if (found == null) {
                return form.end();
            }
            return form.fieldAfterFile("schema", client.json(found)).appendBuffer(form.close());
        }

        private void answered(HttpClientResponse response) {
            if (response.statusCode() / 100 == 2) {
                WholeAnswers.read(request, response, WholeAnswers.MAX).onComplete(ar -> {
                    if (ar.succeeded() && ar.result() != null) {
                        succeed(ar.result());
                    } else {
                        fail(ar.failed() ? ar.cause() : UpstreamErrors.malformed());
                    }
                });
                return;
            }
            // An answer before the whole body was sent (a refusal, a size limit): stop sending.
            WholeAnswers.refused(request, response).onComplete(ar -> {
                fail(ar.cause());
                if (!bodySent) {
                    request.reset();
                }
            });
        }

        private void abort(Throwable cause) {
            // The caller learns why first: the reset may fail the answer at once with a reason of its own.
            fail(cause);
            if (request != null) {
                request.reset(0, cause);
            }
        }

        private void succeed(String answer) {
            if (!finished) {
                finished = true;
                vertx.cancelTimer(answerTimer);
                emitter.complete(answer);
            }
        }

        private void fail(Throwable cause) {
            if (!finished) {
                finished = true;
                vertx.cancelTimer(answerTimer);
                emitter.fail(cause);
            }
        }
    }

    private RequestOptions options(HttpMethod method, String path) {
        String base = endpoint.baseUri().toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        RequestOptions options = new RequestOptions().setMethod(method).setAbsoluteURI(base + path)
                .setConnectTimeout(config.connectTimeoutMs());
        endpoint.token().ifPresent(token -> options.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token));
        return options;
    }

    private Duration readTimeout() {
        return Duration.ofMillis(config.readTimeoutMs());
    }


    /** A new connection: with the direct relay, sized for the reads it will relay. */
    private void prepare(HttpConnection connection) {
        if (downloadRelay == DownloadRelay.DIRECT) {
            FileReads.prepare(connection);
        }
    }

    /**
     * One client per event loop, used only from that loop: its connections are made on it, so a
     * file's bytes pass from one socket to the other on one thread. A shared client hands a caller
     * a pooled connection of another loop, and then every piece crosses threads (twice the CPU).
     */
    private HttpClient http() {
        Object key = Context.isOnEventLoopThread() ? Thread.currentThread() : OFF_LOOP;
        return clients.computeIfAbsent(key, k -> vertx.httpClientBuilder().with(new HttpClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.connectTimeoutMs()))
                .setMaxPoolSize(config.connectionPoolSize())
                .setKeepAlive(true)
                // Vert.x cuts bodies into 8 KiB pieces; here a piece is all one read brought. Reads
                // are Netty's usual size (at most 64 KiB) except while a file is relayed, when they
                // take up to FileReads.RELAYED. The receive window is left to the kernel, which grows
                // it to keep such reads full.
                .setMaxChunkSize(FileReads.RELAYED)
                .setName("training-api-files"))
                .withConnectHandler(this::prepare)
                .build());
    }
}
