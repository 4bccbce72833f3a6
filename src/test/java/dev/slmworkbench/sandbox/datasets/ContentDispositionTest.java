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

    @Test
    void bidiAndOtherFormatCharactersAreStripped() {
        // "report<RLO>vsc.exe" shows as "reportexe.csv" in a right-to-left override
        assertEquals("reportvsc.exe", ContentDisposition.safeFileName("report\u202Evsc.exe"));
        assertEquals("ab.csv", ContentDisposition.safeFileName("a\u200Bb\u200D.csv"));
        assertEquals("isolated.csv", ContentDisposition.safeFileName("\u2066iso\u2067la\u2068ted\u2069.csv"));
        assertEquals("bom.csv", ContentDisposition.safeFileName("\uFEFFbom\u2028\u2029\u0085.csv"));
        assertEquals("lone.csv", ContentDisposition.safeFileName("lo\uD800ne.csv"));
        assertEquals("Grüße 😀.csv", ContentDisposition.safeFileName("Grüße 😀.csv"), "letters and emoji stay");
        String cut = ContentDisposition.safeFileName("😀".repeat(200) + ".csv");
        assertEquals(false, Character.isLowSurrogate(cut.charAt(0)), "the cut keeps whole characters");
    }

    @Test
    void aLongNameKeepsItsLast255CharactersCountedAndCutByCodePoints() {
        String emoji = "\uD83D\uDE00";
        String cut = ContentDisposition.safeFileName(emoji.repeat(300) + ".csv");
        assertEquals(255, cut.codePointCount(0, cut.length()), "255 characters, not 255 UTF-16 units");
        assertEquals(true, cut.equals(emoji.repeat(251) + ".csv"), "the end is kept, in whole characters");
        assertEquals("c1.csv", ContentDisposition.safeFileName(" c\u00851\u009B.csv\u2029"));
    }
}
