package dev.slmworkbench.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The one file-name sanitiser, for the BFF and the sandbox alike. */
class FileNamesTest {

    private static final String EMOJI = "\uD83D\uDE00"; // one character, two UTF-16 units

    @Test
    void fileNamesLoseTheirPathAndControlCharacters() {
        assertEquals("data.csv", FileNames.safe("C:\\Users\\me\\data.csv"));
        assertEquals("data.csv", FileNames.safe("../../etc/data.csv"));
        assertEquals("ab.csv", FileNames.safe("a\r\nb.csv"));
        assertEquals("", FileNames.safe(null));
    }

    @Test
    void bidiOverridesFormatCharactersC1ControlsAndSeparatorsAreStripped() {
        // "report<RLO>vsc.exe" shows as "reportexe.csv" in a right-to-left override
        assertEquals("reportvsc.exe", FileNames.safe("report\u202Evsc.exe"));
        assertEquals("ab.csv", FileNames.safe("a\u200Bb\u200C\u200D\u200E\u200F.csv"));
        assertEquals("isolated.csv", FileNames.safe("\u2066iso\u2067la\u2068ted\u2069\u2060.csv"));
        assertEquals("bom.csv", FileNames.safe("\uFEFFbom\u2028\u2029.csv"));
        assertEquals("c1.csv", FileNames.safe("c\u00851\u009B.csv"));
        assertEquals("lone.csv", FileNames.safe("lo\uD800ne.csv"));
        assertEquals("Grüße " + EMOJI + ".csv", FileNames.safe("Grüße " + EMOJI + ".csv"), "letters and emoji stay");
    }

    @Test
    void aLongNameKeepsItsLast255CharactersCountedAndCutByCodePoints() {
        assertEquals("x".repeat(251) + ".csv", FileNames.safe("x".repeat(300) + ".csv"));
        String cut = FileNames.safe(EMOJI.repeat(300) + ".csv");
        assertEquals(255, cut.codePointCount(0, cut.length()), "255 characters, not 255 UTF-16 units");
        assertFalse(Character.isLowSurrogate(cut.charAt(0)), "the cut keeps whole characters");
        assertEquals(EMOJI.repeat(251) + ".csv", cut);
    }
}
