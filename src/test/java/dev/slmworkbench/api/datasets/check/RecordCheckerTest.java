package dev.slmworkbench.api.datasets.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.http.DataFileFormat;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every record judged, with its line, whichever way the file is cut into pieces: each file here is
 * checked whole, in pieces of every size from one byte, and the results must agree.
 */
class RecordCheckerTest {

    private static final FieldMapping QA = new FieldMapping(DatasetKind.PROMPT_COMPLETION,
            Map.of("prompt", "q", "completion", "a"));
    private static final FieldMapping CHAT = new FieldMapping(DatasetKind.CHAT, Map.of("messages", "messages"));
    private static final long LIMIT = 1024;

    @Test
    void aGoodJsonLinesFileGoesOnWholeWithBomCrlfAndBlankLines() {
        String file = "\uFEFF{\"q\":\"Hi\",\"a\":\"Hello\"}\r\n\n{\"q\":\"2+2\",\"a\":\"4\",\"n\":[1,{\"x\":null}]}\n{\"q\":\"x\",\"a\":\"y\"}";
        Result result = check(DataFileFormat.JSONL, QA, List.of(), file, 0);
        assertEquals(List.of(), result.problems);
        assertEquals(3, result.records);
        assertEquals(file, result.passed);
    }

    @Test
    void badJsonLinesAreNamedByLine() {
        String file = "{\"q\":\"Hi\",\"a\":\"Hello\"}\n{\"q\": oops}\n[\"q\",\"a\"]\n{\"q\":\"x\"}\n{\"q\":\"x\",\"a\":\"  \"}\n"
                + "{\"q\":\"x\",\"a\":7}\n{\"q\":\"x\",\"a\":\"y\"} {\"q\":1}\n{\"q\":\"x\",\n\"a\":\"y\"}\n";
        Result result = check(DataFileFormat.JSONL, QA, List.of(), file, 100);
        assertEquals(List.of(
                "Line 2: not valid JSON (at character 7).",
                "Line 3: the record is a list, not a JSON object.",
                "Line 4: there is no \"a\" (the target (completion)).",
                "Line 5: \"a\" (the target (completion)) is empty.",
                "Line 6: \"a\" (the target (completion)) is a number, not text.",
                "Line 7: there is more than one JSON value on the line; JSON Lines holds one record per line.",
                "Line 8: the line ends before its JSON value does (JSON Lines holds one whole record per line).",
                "Line 9: not valid JSON (at character 4)."), result.problems);
        assertEquals(1, result.records);
        assertEquals("{\"q\":\"Hi\",\"a\":\"Hello\"}\n", result.passed, "only the good record goes on");
    }

    @Test
    void noBadRecordAllowedRefusesAtTheFirst() {
        RecordChecker checker = RecordChecker.of(DataFileFormat.JSONL, QA, List.of(), LIMIT, 0);
        checker.feed(Buffer.buffer("{\"q\":\"x\",\"a\":\"y\"}\n"), b -> { });
        assertFalse(checker.refused());
        checker.feed(Buffer.buffer("{\"q\":\"x\"}\n"), b -> { });
        assertTrue(checker.refused());
    }

    @Test
    void chatTurnsAreChecked() {
        String file = String.join("\n",
                "{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello\"}]}",
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}",
                "{\"messages\":[{\"role\":\"bot\",\"content\":\"Hi\"}]}",
                "{\"messages\":[{\"content\":\"Hi\"}]}",
                "{\"messages\":[\"Hi\"]}",
                "{\"messages\":[]}",
                "{\"messages\":{\"role\":\"user\"}}",
                "{\"messages\":[{\"role\":\"user\",\"content\":[1]},{\"role\":\"assistant\",\"content\":\"x\"}]}",
                "{\"messages\":[{\"role\":\"user\",\"content\":\"a\",\"meta\":{\"role\":\"bot\"}},{\"role\":\"assistant\",\"content\":\"x\"}]}");
        Result result = check(DataFileFormat.JSONL, CHAT, List.of(), file, 100);
        assertEquals(List.of(
                "Line 2: \"messages\" (the conversation (messages)) has no assistant turn with content to learn from.",
                "Line 3: turn 1 of \"messages\" has the role \"bot\"; a role is system, user, assistant or tool.",
                "Line 4: turn 1 of \"messages\" has no role.",
                "Line 5: turn 1 of \"messages\" is a text, not an object with role and content.",
                "Line 6: \"messages\" (the conversation (messages)) has no turns.",
                "Line 7: \"messages\" (the conversation (messages)) is an object, not a list of turns.",
                "Line 8: turn 1 of \"messages\"'s content is a list, not text."), result.problems);
        assertEquals(2, result.records);
    }

    @Test
    void csvRecordsAreCheckedWithQuotedNewlinesAndTheLineTheyStartOn() {
        String file = "q,a\r\n\"Hi,\nthere\",\"He said \"\"hello\"\"\"\r\n1,2,3\r\n\r\nx,\r\n\"only\"\r\ny,\"\"\r\nok,\"fine\"\r\nz,\" \"";
        Result result = check(DataFileFormat.CSV, QA, List.of("q", "a"), file, 100);
        assertEquals(List.of(
                "Line 4: the record has 3 fields but the header names 2 columns.",
                "Line 6: \"a\" (the target (completion)) is empty.",
                "Line 7: the record has 1 field but the header names 2 columns.",
                "Line 8: \"a\" (the target (completion)) is empty.",
                "Line 10: \"a\" (the target (completion)) is empty."), result.problems);
        assertEquals(2, result.records);
        assertEquals("q,a\r\n\"Hi,\nthere\",\"He said \"\"hello\"\"\"\r\n\r\nok,\"fine\"\r\n", result.passed);
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        Result result = check(DataFileFormat.CSV, QA, List.of("q", "a"), "q,a\nx,y\n\"open,1\nz,w\n", 100);
        assertEquals(List.of("Line 3: a quoted field opens on this line and is never closed."), result.problems);
        Result longer = check(DataFileFormat.CSV, QA, List.of("q", "a"), "q,a\nx,y\n\"open,1\n" + "z,w\n".repeat(400), 100);
        assertEquals(List.of("Line 3: a quoted field opens on this line and does not close within 1 KiB "
                + "(UPLOAD_MAX_RECORD_SIZE); is a closing quote missing?"), longer.problems);
    }

    @Test
    void aRecordOverTheLimitIsBadAndLeftOut() {
        String big = "{\"q\":\"" + "x".repeat(2000) + "\",\"a\":\"y\"}\n";
        Result result = check(DataFileFormat.JSONL, QA, List.of(), "{\"q\":\"x\",\"a\":\"y\"}\n" + big + "{\"q\":\"z\",\"a\":\"w\"}\n", 5);
        assertEquals(List.of("Line 2: the record is longer than 1 KiB (the most a record may have; UPLOAD_MAX_RECORD_SIZE)."),
                result.problems);
        assertEquals("{\"q\":\"x\",\"a\":\"y\"}\n{\"q\":\"z\",\"a\":\"w\"}\n", result.passed);
    }

    @Test
    void aJsonArrayIsCheckedRecordByRecordAndAnyProblemRefusesIt() {
        String file = "[\n{\"q\":\"x\",\"a\":\"y\"},\n{\"q\":\"x\"},\n 3,\n{\"q\":\"x\",\"a\":\"\"}\n]";
        RecordChecker checker = RecordChecker.of(DataFileFormat.JSON, QA, List.of(), LIMIT, 100);
        checker.feed(Buffer.buffer(file), b -> { });
        checker.finish(b -> { });
        assertEquals(List.of("Line 3: there is no \"a\" (the target (completion)).",
                "Line 4: the record is a number, not a JSON object.",
                "Line 5: \"a\" (the target (completion)) is empty."), sentences(checker));
        assertTrue(checker.refused(), "records cannot be left out of an array");

        Result broken = check(DataFileFormat.JSON, QA, List.of(), "[{\"q\":\"x\",\"a\":\"y\"},\n{\"q\" \"x\"}]", 100);
        assertEquals(List.of("Line 2: not valid JSON (at character 6)."), broken.problems);
        Result open = check(DataFileFormat.JSON, QA, List.of(), "[{\"q\":\"x\",\"a\":\"y\"},\n", 100);
        assertEquals(List.of("Line 2: the file ends before its JSON array does."), open.problems);
    }

    @Test
    void atMostTwentyProblemsAreKeptButAllAreCounted() {
        Result result = check(DataFileFormat.JSONL, QA, List.of(), "{\"q\":\"x\"}\n".repeat(30), 100);
        assertEquals(20, result.problems.size());
        assertEquals(30, result.bad);
    }

    private record Result(List<String> problems, long records, long bad, String passed) {
    }

    /** Checks the file whole, then in pieces of every size up to 64 bytes; all must agree. */
    private static Result check(DataFileFormat format, FieldMapping mapping, List<String> columns, String file,
            long allowed) {
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        Result whole = null;
        for (int size = bytes.length; size >= 1; size = size == bytes.length ? Math.min(64, bytes.length - 1) : size - 1) {
            RecordChecker checker = RecordChecker.of(format, mapping, columns, LIMIT, allowed);
            Buffer passed = Buffer.buffer();
            for (int at = 0; at < bytes.length; at += size) {
                checker.feed(Buffer.buffer(java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + size))),
                        passed::appendBuffer);
            }
            checker.finish(passed::appendBuffer);
            Result result = new Result(sentences(checker), checker.records(), checker.bad(),
                    passed.toString(StandardCharsets.UTF_8));
            if (whole == null) {
                whole = result;
            } else {
                assertEquals(whole, result, "pieces of " + size + " bytes");
            }
            if (size == 1) {
                break;
            }
        }
        return whole;
    }

    private static List<String> sentences(RecordChecker checker) {
        return checker.problems().stream().map(RecordProblem::sentence).toList();
    }
}
