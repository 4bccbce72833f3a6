package dev.slmworkbench.api.datasets.upload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.api.datasets.check.RecordChecker;
import dev.slmworkbench.http.ByteSizes;
import dev.slmworkbench.http.DataFileFormat;
import dev.slmworkbench.training.Dataset;
import dev.slmworkbench.training.DatasetSchema;
import dev.slmworkbench.training.FieldError;
import dev.slmworkbench.training.InvalidRequestException;
import dev.slmworkbench.training.Problem;
import dev.slmworkbench.web.problem.ProblemResponses;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import java.util.List;
import java.util.Locale;

/** What an upload is answered: the problem of a refused one, the dataset created, what the record checks found. */
final class UploadAnswers {

    private UploadAnswers() {
    }

    static final String UNREADABLE_FILE_NAME =
            "The file name could not be read (its encoded form is broken). Rename the file and upload it again.";

    static Problem tooLarge(long maxBytes) {
        return Problem.of(413, "Upload too large",
                "This file is larger than the " + ByteSizes.describe(maxBytes) + " this server accepts. Upload a smaller file, "
                        + "or split the dataset into several files.");
    }

    static Problem invalid(List<FieldError> errors) {
        return ProblemResponses.problemFor(new InvalidRequestException(
                "The dataset was not uploaded. Correct the fields marked and try again.", errors));
    }

    static Problem malformed(MultipartStream.MalformedException e) {
        if (e instanceof MultipartStream.UnreadableFileNameException) {
            return invalid(List.of(new FieldError("file", UNREADABLE_FILE_NAME)));
        }
        return Problem.of(400, "Invalid request",
                "The upload could not be read as a multipart form. Try again; if it keeps failing, use the upload form.");
    }

    /** 201 with the created dataset (and where it lives). */
    static void created(HttpServerResponse response, ObjectMapper json, Dataset created) {
        try {
            response.setStatusCode(201)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.LOCATION, "/api/datasets/" + created.id())
                    .end(json.writeValueAsString(created));
        } catch (JsonProcessingException e) {
            ProblemResponses.send(response, json, ProblemResponses.problemFor(e));
        }
    }

    /** The refusal for bad records: the sentence, then each problem on the file field. */
    static InvalidRequestException refusal(RecordChecker checker, long allowed, DataFileFormat format) {
        List<FieldError> errors = checker.problems().stream()
                .map(problem -> new FieldError("file", problem.sentence())).toList();
        return new InvalidRequestException(detail(checker, allowed, format), errors);
    }

    /** What the checks found, for the backend to keep with the dataset. */
    static DatasetSchema schema(RecordChecker checker) {
        List<DatasetSchema.RecordIssue> problems = checker.problems().stream()
                .map(problem -> new DatasetSchema.RecordIssue(problem.line(), problem.problem())).toList();
        return new DatasetSchema(checker.mapping().kind().wire(), checker.mapping().fields(), checker.records(),
                checker.bad(), problems.isEmpty() ? null : problems);
    }

    static String detail(RecordChecker checker, long allowed, DataFileFormat format) {
        long bad = checker.bad();
        String count = String.format(Locale.ROOT, "%,d", bad);
        StringBuilder detail = new StringBuilder("The dataset was not uploaded: ");
        if (checker.stopped()) {
            detail.append(bad == 1 ? "the file has a problem that the records after it cannot be read past"
                    : "the file has at least " + count + " bad records, the last of which the records after it cannot be read past");
        } else if (checker.problems().size() < bad) {
            detail.append("at least ").append(count).append(" records have problems (the first ")
                    .append(checker.problems().size()).append(" are listed)");
        } else {
            detail.append(bad == 1 ? "one record has a problem" : count + " records have problems");
        }
        detail.append(". Nothing was stored. Fix the file and upload it again");
        if (allowed > 0 && format != DataFileFormat.JSON) {
            detail.append(String.format(Locale.ROOT, " (up to %,d bad records may be left out: UPLOAD_MAX_BAD_RECORDS)", allowed));
        }
        return detail.append('.').toString();
    }
}
