package dev.slmworkbench.api.datasets.upload;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.api.datasets.FirstRecords;
import dev.slmworkbench.api.datasets.check.FieldMapping;
import dev.slmworkbench.api.datasets.check.RecordChecker;
import dev.slmworkbench.http.ByteStreams;
import dev.slmworkbench.http.ContentLength;
import dev.slmworkbench.http.Contexts;
import dev.slmworkbench.http.DataFileFormat;
import dev.slmworkbench.training.Dataset;
import dev.slmworkbench.training.FieldError;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    /**
     * After a refusal the rest of the body is read and dropped up to this much, so the browser
     * gets the answer rather than a reset connection; a larger rest is cut off by closing.
     */
    static final long DRAIN_LIMIT = 8L * 1024 * 1024;

    /** CHECKING: refused for its records, the upstream stopped; the rest is read for the problems to report. */
    private enum State { FIELDS, HEAD, STREAMING, CHECKING, DONE }

    private final HttpServerRequest request;
    private final HttpServerResponse response;
    private final TrainingBackend files;
    private final ObjectMapper json;
    private final long maxBytes;
    private final int maxColumns;
    private final RecordLimits recordLimits;
    private final UploadPace pace;
    private final Context context;
    private long paceTimer = -1;
    private MultipartStream parser;
    private State state = State.FIELDS;
    private long received;
    private long drained;
    private boolean closeAfterAnswer;

    private final UploadFields fields = new UploadFields();
    private boolean inFile;
    private boolean fileSeen;

    private NewDataset dataset;
    private DataFileFormat format;
    private Buffer head;
    private FirstRecords scanner;
    private FieldMapping chosen;
    private RecordChecker checker;
    private long checkedAfterRefusal;
    private UploadBody body;
    private Cancellable upstream;

    public DatasetUpload(HttpServerRequest request, TrainingBackend files, ObjectMapper json, long maxBytes,
            int maxColumns, RecordLimits recordLimits, UploadPace pace) {
        this.recordLimits = recordLimits;
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
        } else if (ContentLength.of(request.getHeader(HttpHeaders.CONTENT_LENGTH)) > maxBytes) {
            refuse(UploadAnswers.tooLarge(maxBytes));
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
            refuse(UploadAnswers.tooLarge(maxBytes));
            return;
        }
        try {
            parser.feed(piece);
        } catch (MultipartStream.MalformedException e) {
            LOG.debugf("Unreadable dataset upload: %s", e.getMessage());
            refuse(UploadAnswers.malformed(e));
        }
    }

    /** The upload's pace is judged once per window until its body has ended (see {@link UploadPace}). */
    private void watchPace() {
        paceTimer = pace == null ? -1 : pace.watch(context, () -> on(this::checkPace));
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
        paceTimer = UploadPace.unwatch(context, paceTimer);
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
            LOG.debugf("Unreadable dataset upload: %s", e.getMessage());
            refuse(UploadAnswers.malformed(e));
            return;
        }
        if (!fileSeen) {
            List<FieldError> errors = new ArrayList<>(fields.errors());
            errors.add(new FieldError("file", "Choose a file to upload."));
            refuse(UploadAnswers.invalid(errors));
        } else if (state == State.STREAMING) {
            body.end();
        } else if (state == State.CHECKING) {
            answerProblems();
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
                refuse(UploadAnswers.invalid(List.of(new FieldError("file", "Upload one file at a time."))));
                return;
            }
            fileSeen = true;
            startFile(part.fileName());
        } else if (state == State.FIELDS) {
            fields.partStarted(part);
        }
    }

    @Override
    public void partData(Buffer data) {
        if (fields.partData(data)) {
            return;
        }
        if (inFile && state == State.HEAD) {
            headData(data);
        } else if (inFile && state == State.STREAMING) {
            pass(data);
        } else if (inFile && state == State.CHECKING) {
            keepChecking(data);
        }
    }

    @Override
    public void partEnded() {
        if (!fields.partEnded() && inFile) {
            inFile = false;
            if (state == State.HEAD) {
                checkHead(true);
            } else if (state == State.STREAMING) {
                checker.finish(body::push);
                if (checker.refused()) {
                    startChecking();
                }
            } else if (state == State.CHECKING) {
                checker.finish(ignored -> { });
                answerProblems();
            }
        }
    }

    private void startFile(String rawFileName) {
        UploadFields.Started started = fields.fileStarted(rawFileName, json);
        if (!started.errors().isEmpty()) {
            refuse(UploadAnswers.invalid(started.errors()));
            return;
        }
        dataset = started.dataset();
        format = started.format();
        chosen = started.chosen();
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
                pass(data.slice(kept.length(), data.length()));
            } else if (state == State.CHECKING && kept.length() < data.length()) {
                keepChecking(data.slice(kept.length(), data.length()));
            }
        }
    }

    /** The start of the file is in (or all of it): check it, then stream the file upstream. */
    private void checkHead(boolean complete) {
        UploadFields.HeadChecked checked = UploadFields.checkHead(format, head, scanner, complete, maxColumns, chosen,
                recordLimits);
        if (checked.refused() != null) {
            refuse(checked.refused());
            return;
        }
        checker = checked.checker();
        Buffer checkedHead = Buffer.buffer();
        checker.feed(head, checkedHead::appendBuffer);
        if (complete) {
            checker.finish(checkedHead::appendBuffer);
        }
        if (checker.refused()) {
            startChecking();
            if (complete) {
                answerProblems();
            }
            return;
        }
        state = State.STREAMING;
        body = new UploadBody(request);
        upstream = files.upload(dataset, ByteStreams.view(checkedHead), ByteStreams.publisher(body),
                        () -> UploadAnswers.schema(checker))
                .subscribe().with(
                created -> on(() -> created(created)),
                failure -> on(() -> {
                    if (state == State.CHECKING) {
                        // Stopped here for its records: the answer lists them, not the stop.
                        return;
                    }
                    if (state != State.DONE && !response.headWritten()) {
                        ProblemResponses.retryAfter(response, failure);
                    }
                    refuse(ProblemResponses.problemFor(failure));
                }));
    }

    /** The file's bytes after its head, checked on their way: what passes goes upstream. */
    private void pass(Buffer data) {
        checker.feed(data, body::push);
        if (checker.refused()) {
            startChecking();
        }
    }

    /**
     * Too many bad records: the upstream is stopped before it has the whole file, and the rest is
     * read (up to the drain limit) for the problems the answer lists.
     */
    private void startChecking() {
        state = State.CHECKING;
        stopUpstream(new UploadStopped("The file has bad records."));
        if (checker.reportFull()) {
            answerProblems();
        } else {
            request.resume();
        }
    }

    private void keepChecking(Buffer data) {
        checkedAfterRefusal += data.length();
        checker.feed(data, ignored -> { });
        if (checker.reportFull() || checkedAfterRefusal > DRAIN_LIMIT) {
            answerProblems();
        }
    }

    private void answerProblems() {
        if (state != State.CHECKING) {
            return;
        }
        refuse(ProblemResponses.problemFor(UploadAnswers.refusal(checker, recordLimits.maxBadRecords(), format)));
    }

    private void created(Dataset created) {
        if (state == State.DONE) {
            return;
        }
        state = State.DONE;
        stopWatchingPace();
        UploadAnswers.created(response, json, created);
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

    private void on(Runnable action) {
        Contexts.on(context, action);
    }
}
