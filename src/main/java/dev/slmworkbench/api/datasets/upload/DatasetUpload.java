package dev.slmworkbench.api.datasets.upload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.api.datasets.FirstRecords;
import dev.slmworkbench.http.ByteSizes;
import dev.slmworkbench.http.ByteStreams;
import dev.slmworkbench.http.ContentLength;
import dev.slmworkbench.http.Contexts;
import dev.slmworkbench.http.DataFileFormat;
import dev.slmworkbench.http.FileNames;
import dev.slmworkbench.training.Dataset;
import dev.slmworkbench.training.FieldError;
import dev.slmworkbench.training.InvalidRequestException;
import dev.slmworkbench.training.NewDataset;
import dev.slmworkbench.training.Problem;
import dev.slmworkbench.training.TrainingBackend;
import dev.slmworkbench.web.UnreadBodies;
import dev.slmworkbench.web.problem.ProblemResponses;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * One dataset upload on its way through: the browser's multipart body is parsed as it arrives,
 * the fields and the file's first bytes are checked, and only then is the file streamed to the
 * Training API, moving as fast as the Training API takes it. Anything refused or broken off
 * resets the upstream request, so the Training API never sees a whole body and keeps nothing.
 * Every callback runs on the request's event loop.
 */
public final class DatasetUpload implements MultipartStream.Listener {

    private static final Logger LOG = Logger.getLogger(DatasetUpload.class);
    private static final Set<String> FIELDS = Set.of("name", "description", "type");
    /** Longest text field read (description: 2,000 characters of up to 4 bytes). */
    private static final int MAX_FIELD_BYTES = 8 * 1024;
    /**
     * After a refusal the rest of the body is read and dropped up to this much, so the browser
     * gets the answer rather than a reset connection; a larger rest is cut off by closing.
     */
    static final long DRAIN_LIMIT = 8L * 1024 * 1024;

    static final String UNREADABLE_FILE_NAME =
            "The file name could not be read (its encoded form is broken). Rename the file and upload it again.";

    private enum State { FIELDS, HEAD, STREAMING, DONE }

    private final HttpServerRequest request;
    private final HttpServerResponse response;
    private final TrainingBackend files;
    private final ObjectMapper json;
    private final long maxBytes;
    private final int maxColumns;
    private final UploadPace pace;
    private final Context context;
    private long paceTimer = -1;
    private MultipartStream parser;
    private State state = State.FIELDS;
    private long received;
    private long drained;
    private boolean closeAfterAnswer;

    private final Map<String, String> fields = new HashMap<>();
    private String field;
    private Buffer fieldValue;
    private boolean inFile;
    private boolean fileSeen;

    private NewDataset dataset;
    private DataFileFormat format;
    private Buffer head;
    private FirstRecords scanner;
    private UploadBody body;
    private Cancellable upstream;

    public DatasetUpload(HttpServerRequest request, TrainingBackend files, ObjectMapper json, long maxBytes,
            int maxColumns, UploadPace pace) {
        this.request = request;
        this.response = request.response();
        this.files = files;
        this.json = json;
        this.maxBytes = maxBytes;
        this.maxColumns = maxColumns;
        this.pace = pace;
        this.context = Vertx.currentContext();
    }

    public void start() {
        request.pause();
        request.handler(this::received);
        request.endHandler(ignored -> ended());
        request.exceptionHandler(this::broken);
        response.closeHandler(ignored -> broken(null));
        boolean expectsContinue = "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT));
        // A client that waits for "100 Continue" has sent nothing yet: refuse it and close, without reading.
        closeAfterAnswer = expectsContinue;

        // The same-origin rule was applied before routing (SameOriginGuard), on the path as the router read it.
        Optional<String> boundary = MultipartStream.boundary(request.getHeader(HttpHeaders.CONTENT_TYPE));
        if (boundary.isEmpty()) {
            refuse(Problem.of(415, "Unsupported media type",
                    "Send the dataset as a multipart form with the fields name, description, type and file."));
        } else if (declaredLength() > maxBytes) {
            refuse(tooLarge());
        } else {
            closeAfterAnswer = false;
            parser = new MultipartStream(boundary.get(), this);
            if (expectsContinue) {
                response.writeContinue();
            }
            watchPace();
        }
        request.resume();
    }

    private long declaredLength() {
        return ContentLength.of(request.getHeader(HttpHeaders.CONTENT_LENGTH));
    }

    private void received(Buffer piece) {
        received += piece.length();
        if (state == State.DONE) {
            drained += piece.length();
            if (drained > DRAIN_LIMIT) {
                UnreadBodies.stop(request);
            }
            return;
        }
        if (received > maxBytes) {
            refuse(tooLarge());
            return;
        }
        try {
            parser.feed(piece);
        } catch (MultipartStream.MalformedException e) {
            malformed(e);
        }
    }

    /** The upload's pace is judged once per window until its body has ended (see {@link UploadPace}). */
    private void watchPace() {
        if (pace == null || !pace.judged()) {
            return;
        }
        long windowMs = Math.max(1, pace.window().toMillis());
        paceTimer = context.owner().setPeriodic(windowMs, windowMs, id -> on(this::checkPace));
    }

    private void checkPace() {
        if (state == State.DONE) {
            stopWatchingPace();
            return;
        }
        Problem tooSlow = pace.judge(received, body);
        if (tooSlow != null) {
            closeAfterAnswer = true;
            refuse(tooSlow);
        }
    }

    private void stopWatchingPace() {
        if (paceTimer >= 0) {
            context.owner().cancelTimer(paceTimer);
            paceTimer = -1;
        }
    }

    private void ended() {
        // The whole body is in: what remains is the Training API's answer, not the browser's pace.
        stopWatchingPace();
        if (state == State.DONE) {
            return;
        }
        try {
            parser.end();
        } catch (MultipartStream.MalformedException e) {
            malformed(e);
            return;
        }
        if (!fileSeen) {
            List<FieldError> errors = new ArrayList<>(UploadChecks.fields(fields.get("name"),
                    fields.get("description"), fields.get("type")));
            errors.add(new FieldError("file", "Choose a file to upload."));
            refuse(invalid(errors));
        } else if (state == State.STREAMING) {
            body.end();
        }
    }

    /** The browser went away or the connection broke: the upstream must not keep a partial file. */
    private void broken(Throwable cause) {
        stopWatchingPace();
        if (state != State.DONE) {
            LOG.debugf("Dataset upload broke off after %d bytes: %s", received, cause);
            stopUpstream(new UploadStopped("The browser's connection broke off."));
            state = State.DONE;
        }
    }

    @Override
    public void partStarted(MultipartStream.Part part) {
        if ("file".equals(part.name())) {
            if (fileSeen) {
                refuse(invalid(List.of(new FieldError("file", "Upload one file at a time."))));
                return;
            }
            fileSeen = true;
            startFile(part.fileName());
        } else if (state == State.FIELDS && part.fileName() == null && FIELDS.contains(part.name())) {
            field = part.name();
            fieldValue = Buffer.buffer();
        }
    }

    @Override
    public void partData(Buffer data) {
        if (field != null) {
            if (fieldValue != null && fieldValue.length() + data.length() <= MAX_FIELD_BYTES) {
                fieldValue.appendBuffer(data);
            } else {
                fieldValue = null;
            }
        } else if (inFile && state == State.HEAD) {
            headData(data);
        } else if (inFile && state == State.STREAMING) {
            body.push(data);
        }
    }

    @Override
    public void partEnded() {
        if (field != null) {
            // Too long to keep: far more than any limit, so the check reports it as too long.
            fields.put(field, fieldValue == null ? "x".repeat(MAX_FIELD_BYTES)
                    : fieldValue.toString(StandardCharsets.UTF_8));
            field = null;
        } else if (inFile) {
            inFile = false;
            if (state == State.HEAD) {
                checkHead(true);
            }
        }
    }

    private void startFile(String rawFileName) {
        List<FieldError> errors = new ArrayList<>(UploadChecks.fields(fields.get("name"), fields.get("description"),
                fields.get("type")));
        String fileName = FileNames.safe(rawFileName);
        Optional<DataFileFormat> detected = DataFileFormat.ofFileName(fileName);
        if (fileName.isEmpty()) {
            errors.add(new FieldError("file", "Choose a file to upload."));
        } else if (detected.isEmpty()) {
            errors.add(new FieldError("file", "Upload a .csv, .json or .jsonl file."));
        }
        if (!errors.isEmpty()) {
            refuse(invalid(errors));
            return;
        }
        String description = fields.get("description");
        dataset = new NewDataset(fields.get("name").strip(),
                description == null || description.isBlank() ? null : description.strip(),
                fields.get("type").strip(), fileName);
        format = detected.get();
        head = Buffer.buffer();
        scanner = UploadChecks.scanner(format);
        inFile = true;
        state = State.HEAD;
    }

    private void headData(Buffer data) {
        int room = UploadChecks.HEAD_LIMIT - head.length();
        Buffer kept = data.length() <= room ? data : data.slice(0, room);
        head.appendBuffer(kept);
        scanner.feed(kept);
        if (scanner.enough() || head.length() == UploadChecks.HEAD_LIMIT) {
            checkHead(false);
            if (state == State.STREAMING && kept.length() < data.length()) {
                body.push(data.slice(kept.length(), data.length()));
            }
        }
    }

    /** The start of the file is in (or all of it): check it, then stream the file upstream. */
    private void checkHead(boolean complete) {
        String problem = UploadChecks.fileProblem(format, head, scanner, complete, maxColumns);
        if (problem != null) {
            refuse(invalid(List.of(new FieldError("file", problem))));
            return;
        }
        state = State.STREAMING;
        body = new UploadBody(request);
        upstream = files.upload(dataset, ByteStreams.view(head), ByteStreams.publisher(body)).subscribe().with(
                created -> on(() -> created(created)),
                failure -> on(() -> {
                    if (state != State.DONE && !response.headWritten()) {
                        ProblemResponses.retryAfter(response, failure);
                    }
                    refuse(ProblemResponses.problemFor(failure));
                }));
    }

    private void created(Dataset created) {
        if (state == State.DONE) {
            return;
        }
        state = State.DONE;
        stopWatchingPace();
        try {
            response.setStatusCode(201)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.LOCATION, "/api/datasets/" + created.id())
                    .end(json.writeValueAsString(created));
        } catch (JsonProcessingException e) {
            ProblemResponses.send(response, json, ProblemResponses.problemFor(e));
        }
    }

    private void malformed(MultipartStream.MalformedException e) {
        LOG.debugf("Unreadable dataset upload: %s", e.getMessage());
        if (e instanceof MultipartStream.UnreadableFileNameException) {
            refuse(invalid(List.of(new FieldError("file", UNREADABLE_FILE_NAME))));
            return;
        }
        refuse(Problem.of(400, "Invalid request",
                "The upload could not be read as a multipart form. Try again; if it keeps failing, use the upload form."));
    }

    /** Answers with the problem at once, stops the upstream, and reads the rest of the body into nothing. */
    private void refuse(Problem problem) {
        if (state == State.DONE) {
            return;
        }
        state = State.DONE;
        stopWatchingPace();
        if (parser != null) {
            parser.stop();
        }
        stopUpstream(new UploadStopped(problem.detail()));
        if (response.ended() || response.closed()) {
            return;
        }
        // Over HTTP/2 the rest of the body is never waited for: resetting the stream costs no connection.
        boolean stopClient = closeAfterAnswer || UnreadBodies.http2(request);
        if (closeAfterAnswer) {
            UnreadBodies.announceClose(request);
        }
        ProblemResponses.send(response, json, problem).onComplete(ignored -> {
            if (stopClient) {
                UnreadBodies.stop(request);
            }
        });
        // A body that has ended (the Training API refused a whole upload) has nothing left to read.
        if (!request.isEnded()) {
            request.resume();
        }
    }

    private void stopUpstream(UploadStopped why) {
        if (body != null) {
            body.fail(why);
        }
        if (upstream != null) {
            upstream.cancel();
        }
    }

    private Problem tooLarge() {
        return Problem.of(413, "Upload too large",
                "This file is larger than the " + ByteSizes.describe(maxBytes) + " this server accepts. Upload a smaller file, "
                        + "or split the dataset into several files.");
    }

    private static Problem invalid(List<FieldError> errors) {
        return ProblemResponses.problemFor(new InvalidRequestException(
                "The dataset was not uploaded. Correct the fields marked and try again.", errors));
    }

    private void on(Runnable action) {
        Contexts.on(context, action);
    }
}
