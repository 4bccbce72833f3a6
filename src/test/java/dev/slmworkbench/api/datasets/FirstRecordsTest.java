package dev.slmworkbench.api.datasets;

import dev.slmworkbench.http.DataFileFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

/** The first record's columns, counted as bytes arrive: separators and keys inside strings or nested values do not count. */
class FirstRecordsTest {

    private static long columns(DataFileFormat format, String... pieces) {
        FirstRecords scanner = new FirstRecords(format, 2);
        for (String piece : pieces) {
            scanner.feed(Buffer.buffer(piece));
        }
        return scanner.columns();
    }

    @Test
    void csvCountsTheHeadersFieldsOutsideQuotes() {
        assertEquals(3, columns(DataFileFormat.CSV, "\n\na,\"b,c\"\"d\",e\r\n1,2,3,4,5\n"));
        assertEquals(0, columns(DataFileFormat.CSV, "\n"));
        assertEquals(4, columns(DataFileFormat.CSV, "a,b", ",c,"), "a header that has not ended yet counts as far as it came");
    }

    @Test
    void jsonCountsTheKeysOfTheFirstObjectOnly() {
        assertEquals(2, columns(DataFileFormat.JSON, "[{\"a:\": {\"x\": 1, \"y\": [{\"z\": 2}]}, \"b\\\":\": \"c:d\"}, {\"q\": 1, \"r\": 2, \"s\": 3}]"));
        assertEquals(0, columns(DataFileFormat.JSON, "[[{\"a\": 1}], {\"b\": 2}]"));
        assertEquals(3, columns(DataFileFormat.JSONL, "{\"a\": {\"n\": 1}, \"b\": \"x:y\", \"c\\\"\": 3}\n{\"d\": 1, \"e\": 2, \"f\": 3, \"g\": 4}\n"));
    }
}
