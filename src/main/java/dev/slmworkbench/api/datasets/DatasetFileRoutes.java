package dev.slmworkbench.api.datasets;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.api.datasets.upload.DatasetUpload;
import dev.slmworkbench.api.datasets.upload.RecordLimits;
import dev.slmworkbench.api.datasets.upload.UploadChecks;
import dev.slmworkbench.api.datasets.upload.UploadPace;
import dev.slmworkbench.http.ContentDisposition;
import dev.slmworkbench.http.Contexts;
import dev.slmworkbench.http.DataFileFormat;
import dev.slmworkbench.http.FileNames;
import dev.slmworkbench.training.Dataset;
import dev.slmworkbench.training.DatasetDownload;
import dev.slmworkbench.training.Problem;
import dev.slmworkbench.training.TrainingBackend;
import dev.slmworkbench.web.WebConfig;
import dev.slmworkbench.web.problem.ProblemResponses;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * The dataset routes that move a file's bytes, as Vert.x routes so the bytes stream through
 * with back-pressure instead of being read whole: {@code POST /api/datasets} (the upload, read
 * as it arrives with its own size limit, before the server-wide body limit) and
 * {@code GET /api/datasets/{id}/download}. They run outside Quarkus REST, so they write problem
 * JSON themselves; the same-origin rule is {@link SameOriginGuard}'s, on the routing level.
 */
@ApplicationScoped
public class DatasetFileRoutes {

    static final String UPLOAD_PATH = "/api/datasets";
    /** Bytes of a download that may wait for the browser before the upstream is paused. */
    static final int WRITE_QUEUE = 1024 * 1024;
    /** The encodings a browser undoes by itself; a file sent with another one is refused. */
    private static final Pattern ENCODING = Pattern.compile("(?i)gzip|deflate|br|identity");

    private final TrainingBackend training;
    private final ObjectMapper json;
    private final WebConfig config;
    DatasetFileRoutes(TrainingBackend training, ObjectMapper json, WebConfig config) {
        this.training = training;
        this.json = json;
        this.config = config;
    }

    void register(@Observes Router router) {
        // Before the server-wide body limit, which would refuse a large upload without a word.
        router.post(UPLOAD_PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::upload);
        router.get(UPLOAD_PATH + "/:id/download").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::download);
    }

    private void upload(RoutingContext rc) {
        long limit = config.maxUploadSize().asLongValue();
        new DatasetUpload(rc.request(), training, json, limit, config.uploadMaxColumns(),
                new RecordLimits(config.uploadMaxRecordSize().asLongValue(), config.uploadMaxBadRecords()),
                new UploadPace(config.uploadMinRate().asLongValue(), config.uploadPaceWindow())).start();
    }

    /** Looks the dataset up for its file name, then pipes the file from the upstream to the browser. */
    private void download(RoutingContext rc) {
        Context context = Vertx.currentContext();
        HttpServerResponse response = rc.response();
        training.dataset(rc.pathParam("id"))
                .chain(dataset -> training.download(dataset.id()).map(download -> new Opened(dataset, download)))
                .subscribe().with(
                        opened -> Contexts.on(context, () -> send(response, opened.dataset(), opened.download())),
                        failure -> Contexts.on(context, () -> {
                            if (!response.ended() && !response.closed()) {
                                ProblemResponses.retryAfter(response, failure);
                                ProblemResponses.send(response, json, ProblemResponses.problemFor(failure));
                            }
                        }));
    }

    private record Opened(Dataset dataset, DatasetDownload download) {
    }

    private void send(HttpServerResponse response, Dataset dataset, DatasetDownload download) {
        if (response.closed()) {
            download.cancel();
            return;
        }
        String encoding = download.contentEncoding();
        if (encoding != null && !ENCODING.matcher(encoding.strip()).matches()) {
            download.cancel();
            ProblemResponses.send(response, json, Problem.of(502, "Unexpected answer from the Training API",
                    "The Training API sent this file in an encoding a browser cannot read, so it was not passed on. "
                            + "An administrator needs to check the Training API or a proxy in front of it."));
            return;
        }
        response.setStatusCode(200)
                // The dataset's format says what the file is, never the upstream's header (a text/html
                // there would be a page of this origin if the browser ever showed it).
                .putHeader(HttpHeaders.CONTENT_TYPE, contentType(dataset))
                .putHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(fileName(dataset)));
        if (encoding != null) {
            // The bytes are passed on as they came: compressed ones keep saying so, and the length is theirs.
            response.putHeader(HttpHeaders.CONTENT_ENCODING, encoding.strip().toLowerCase(java.util.Locale.ROOT));
        }
        long length = download.contentLength();
        if (length >= 0) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(length));
        } else {
            response.setChunked(true);
        }
        response.closeHandler(ignored -> download.cancel());
        // Room for a whole piece (a relayed read is up to 1 MiB) while the one before it is still
        // being written, so reading pauses only when the browser really is behind.
        response.setWriteQueueMaxSize(WRITE_QUEUE);
        // A transfer that breaks off must look broken to the browser, never like a whole (shorter) file.
        download.sendTo(new ResponseSink(response)).whenComplete((ignored, failure) -> {
            if (failure != null) {
                download.cancel();
                response.reset();
            }
        });
    }

    /** The media type of the dataset's format (its {@code format}, else its file name's extension). */
    static String contentType(Dataset dataset) {
        return DataFileFormat.of(dataset.format()).or(() -> DataFileFormat.ofFileName(dataset.fileName()))
                .map(format -> format == DataFileFormat.CSV ? format.mediaType() + "; charset=utf-8" : format.mediaType())
                .orElse("application/octet-stream");
    }

    public static String fileName(Dataset dataset) {
        String name = FileNames.safe(dataset.fileName());
        if (!name.isEmpty()) {
            return name;
        }
        String base = dataset.name() == null || dataset.name().isBlank() ? dataset.id() : dataset.name().strip();
        // The upstream's name may hold what a file name must not: the same sanitiser cleans it.
        return FileNames.safe(dataset.format() == null ? base : base + "." + dataset.format());
    }
}
