package dev.slmworkbench.sandbox.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RowCounterTest {

    private static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static long csv(String s) throws IOException {
        return RowCounter.csv(in(s));
    }

    @Test
    void jsonBeyondJacksonsLimitsIsAnInvalidDatasetNotACrash() {
        String deep = "[" + "[".repeat(1500) + "]".repeat(1500) + "]";
        InvalidDatasetException nested = assertThrows(InvalidDatasetException.class, () -> RowCounter.json(in(deep)));
        assertEquals("The JSON is nested deeper than 1,000 levels or holds a number longer than 1,000 digits, "
                + "more than the sandbox reads.", nested.getMessage());
        String longNumber = "[{\"n\": " + "9".repeat(5000) + "}]";
        assertThrows(InvalidDatasetException.class, () -> RowCounter.json(in(longNumber)));
    }

    @Test
    void csvCountsRecordsAfterTheHeader() throws IOException {
        assertEquals(2, csv("a,b\n1,2\n3,4"));
        assertEquals(2, csv("a,b\n1,2\n3,4\n"));
    }

    @Test
    void csvQuotedNewlinesStayInOneRecord() throws IOException {
        assertEquals(2, csv("q,a\n\"line one\nline two\",x\n\"a\r\nb\",y\n"));
    }

    @Test
    void csvDoubledQuotesAreEscapesNotEnds() throws IOException {
        assertEquals(2, csv("q,a\n\"say \"\"hi\"\"\nthen go\",1\n\"\"\"\",2\n"));
    }

    @Test
    void csvHandlesCrlfAndBom() throws IOException {
        assertEquals(3, csv("\uFEFFa,b\r\n1,2\r\n3,4\r\n5,6\r\n"));
        assertEquals(1, csv("\uFEFF\"a\",b\r\n1,2"));
        assertEquals(2, csv("a,b\r1,2\r3,4\r"));
    }

    @Test
    void csvEmptyOrHeaderOnlyHasNoRows() throws IOException {
        assertEquals(0, csv(""));
        assertEquals(0, csv("\uFEFF"));
        assertEquals(0, csv("a,b\n"));
        assertEquals(0, csv("a,b"));
    }

    @Test
    void csvBlankLinesAreNotRecords() throws IOException {
        assertEquals(2, csv("a,b\n\n1,2\n\n3,4\n\n"));
    }

    @Test
    void csvCountsAcrossBufferBoundaries() throws IOException {
        StringBuilder sb = new StringBuilder("text,label\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("\"row ").append(i).append(" has \"\"quotes\"\"\nand a newline\",").append(i % 3).append("\r\n");
        }
        assertEquals(20_000, csv(sb.toString()));
    }

    @Test
    void jsonlCountsNonBlankLines() throws IOException {
        assertEquals(3, RowCounter.jsonl(in("{\"a\":1}\n\n{\"a\":2}\r\n   \n{\"a\":3}")));
        assertEquals(2, RowCounter.jsonl(in("\uFEFF{\"a\":1}\n{\"a\":2}\n")));
        assertEquals(0, RowCounter.jsonl(in("")));
        assertEquals(0, RowCounter.jsonl(in("\n \n\t\n")));
    }

    @Test
    void jsonCountsTopLevelArrayElementsOnce() throws Exception {
        assertEquals(3, RowCounter.json(in("[{\"a\":[1,2,{\"b\":[3]}]}, [4,5], \"x\"]")));
        assertEquals(0, RowCounter.json(in("[]")));
        assertEquals(2, RowCounter.json(in("\uFEFF [ {\"a\":1} , {\"a\":2} ] \n")));
    }

    @Test
    void jsonThatIsNotAnArrayIsRejected() {
        InvalidDatasetException object = assertThrows(InvalidDatasetException.class,
                () -> RowCounter.json(in("{\"a\":1}")));
        assertTrue(object.getMessage().contains("array"));
        assertThrows(InvalidDatasetException.class, () -> RowCounter.json(in("")));
        InvalidDatasetException broken = assertThrows(InvalidDatasetException.class,
                () -> RowCounter.json(in("[{\"a\":1},\n{\"a\":")));
        assertTrue(broken.getMessage().startsWith("The file"), broken.getMessage());
        assertThrows(InvalidDatasetException.class, () -> RowCounter.json(in("[1,2] [3]")));
        InvalidDatasetException syntax = assertThrows(InvalidDatasetException.class,
                () -> RowCounter.json(in("[1,\n2,,3]")));
        assertTrue(syntax.getMessage().contains("line 2"), syntax.getMessage());
    }
}
