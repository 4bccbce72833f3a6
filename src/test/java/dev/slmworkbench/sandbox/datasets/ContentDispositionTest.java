package dev.slmworkbench.sandbox.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void unicodeQuotesAndBackslashesCannotBreakTheHeader() {
        assertEquals("attachment; filename=\"Gr__e _v1_ _.csv\"; filename*=UTF-8''Gr%C3%BC%C3%9Fe%20%22v1%22%20%5C.csv",
                ContentDisposition.attachment("Grüße \"v1\" \\.csv"));
    }

    @Test
    void clientFileNamesLoseTheirPathAndControlCharacters() {
        assertEquals("data.csv", ContentDisposition.safeFileName("C:\\Users\\me\\data.csv"));
        assertEquals("data.csv", ContentDisposition.safeFileName("../../etc/data.csv"));
        assertEquals("ab.csv", ContentDisposition.safeFileName("a\r\nb.csv"));
        assertEquals(255, ContentDisposition.safeFileName("x".repeat(300) + ".csv").length());
    }
}
