package dev.slmworkbench.api.evaluations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.testing.CountingUpstream;
import dev.slmworkbench.testing.LogCapture;
import dev.slmworkbench.training.contract.TrainingClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Training API that answers too much, without end, compressed against the request, or not in
 * JSON gets a 502 with a sentence, and the BFF reads no more of it than its caps: seen from an
 * upstream that counts what it sent before the BFF hung up.
 */
@QuarkusTest
@WithTestResource(CountingUpstream.class)
class HostileAnswersTest {

    private static final long MIB = 1024 * 1024;
    /** The cap (32 MiB) and what socket buffers on both sides hold on top. */
    private static final long READ_AT_MOST = 40 * MIB;

    @Inject
    TrainingClient training;

    @BeforeEach
    void closeTheBreaker() {
        training.resetBreaker();
    }

    @Test
    void anAnswerLargerThanTheCapIsStoppedAndSaysSo() throws Exception {
        tooLarge("huge", "32 MiB");
        assertTrue(CountingUpstream.answers.awaitOver(10), "the upstream still sends");
        assertTrue(CountingUpstream.answers.broken, "the BFF read the whole answer");
    }

    @Test
    void anEndlessAnswerIsStoppedAtTheCap() throws Exception {
        tooLarge("endless", "32 MiB");
        assertTrue(CountingUpstream.answers.awaitOver(10), "the upstream still sends");
        assertTrue(CountingUpstream.answers.broken);
        assertThat(CountingUpstream.answers.bytes.get(), lessThan(READ_AT_MOST));
    }

    @Test
    void anEndlessErrorAnswerIsStoppedAfterOneMebibyte() throws Exception {
        // An error's body is read only for its sentence: 1 MiB at most, not the 32 MiB of an answer;
        // a 5xx says what it is whatever its body.
        try (LogCapture logs = LogCapture.open()) {
            answer("endless-error").statusCode(502)
                    .body("title", equalTo("Training API error"))
                    .body("detail", containsString("HTTP 500"));
            assertThat(logs.loud(), empty());
        }
        assertTrue(CountingUpstream.answers.awaitOver(10), "the upstream still sends");
        assertThat(CountingUpstream.answers.bytes.get(), lessThan(8 * MIB));
    }

    @Test
    void anErrorAnswerWithALengthPastTheCapIsNotRead() throws Exception {
        tooLarge("big-error", "1 MiB");
    }

    @Test
    void aCompressedAnswerIsRefusedNotInflated() {
        try (LogCapture logs = LogCapture.open()) {
            answer("bomb").statusCode(502)
                    .body("title", equalTo("Unexpected answer from the Training API"))
                    .body("detail", containsString("compressed answer"));
            assertThat(logs.loud(), empty());
        }
    }

    @Test
    void aCurveOfTooManyPointsSaysHowManyAreShown() {
        answer("points").statusCode(502)
                .body("title", equalTo("Loss curve too long"))
                .body("detail", containsString("200,000 points"));
    }

    @Test
    void aWebPageInsteadOfJsonIsAnUnexpectedAnswer() {
        answer("html").statusCode(502)
                .body("title", equalTo("Unexpected answer from the Training API"))
                .body("detail", not(containsString("html")));
    }

    @Test
    void theAppAnswersOnAfterEveryHostileAnswer() throws Exception {
        for (String id : new String[] {"huge", "endless", "bomb", "points"}) {
            answer(id).statusCode(502);
            training.resetBreaker();
        }
        given().when().get("/api/config").then().statusCode(200);
        given().when().get("/api/datasets/fine").then().statusCode(200).body("name", equalTo("fine"));
    }

    private static void tooLarge(String id, String cap) {
        try (LogCapture logs = LogCapture.open()) {
            answer(id).statusCode(502)
                    .body("title", equalTo("Answer too large"))
                    .body("detail", containsString("larger than the " + cap + " this app reads"))
                    .body("detail", containsString("TRAINING_API_MAX_ANSWER_SIZE"));
            // No stack traces, no ERROR from a connection this app closed on purpose.
            assertThat(logs.loud(), empty());
        }
    }

    private static ValidatableResponse answer(String id) {
        return given().when().get("/api/evaluations/" + id).then();
    }
}
