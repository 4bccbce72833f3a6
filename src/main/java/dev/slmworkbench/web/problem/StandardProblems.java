package dev.slmworkbench.web.problem;

import dev.slmworkbench.training.Problem;

/** The sentence a person gets for a bare HTTP status, wherever the answer comes from. */
public final class StandardProblems {

    private StandardProblems() {
    }

    public static Problem of(int status) {
        return switch (status) {
            case 400 -> Problem.of(400, "Invalid request", "The request is not valid.");
            case 404 -> Problem.of(404, "Not found", "There is nothing at this address.");
            case 405 -> Problem.of(405, "Method not allowed", "This address does not accept this kind of request.");
            case 406 -> Problem.of(406, "Not acceptable", "This address cannot answer in the format asked for.");
            case 408 -> Problem.of(408, "Request timed out",
                    "The request arrived too slowly and was stopped. Check your connection and try again.");
            case 413 -> Problem.of(413, "Request too large", "The request is larger than this address accepts. Send less data.");
            case 415 -> Problem.of(415, "Unsupported media type", "This address does not accept this kind of content.");
            default -> status >= 500
                    ? Problem.of(status, "Something went wrong",
                            "The server could not complete this request. Try again; if it keeps failing, contact your administrator.")
                    : Problem.of(status, "Request refused", "The server refused this request (HTTP " + status + ").");
        };
    }
}
