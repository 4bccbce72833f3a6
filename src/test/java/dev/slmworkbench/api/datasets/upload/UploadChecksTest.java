package dev.slmworkbench.api.datasets.upload;

import dev.slmworkbench.api.datasets.DatasetFileRoutes;
import dev.slmworkbench.api.experiments.ExperimentForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.training.Dataset;
import dev.slmworkbench.training.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The upload checks that need no server: file names as the browser and the Training API get them, text lengths. */
class UploadChecksTest {

    private static final String EMOJI = "\uD83D\uDE00"; // one character, two UTF-16 units

    @Test
    void fileNamesLoseTheirPathAndControlCharacters() {
        assertEquals("data.csv", UploadChecks.fileName("C:\\Users\\me\\data.csv"));
        assertEquals("data.csv", UploadChecks.fileName("../../etc/data.csv"));
        assertEquals("ab.csv", UploadChecks.fileName("a\r\nb.csv"));
        assertEquals("", UploadChecks.fileName(null));
    }

    @Test
    void bidiOverridesFormatCharactersC1ControlsAndSeparatorsAreStripped() {
        // "report<RLO>vsc.exe" shows as "reportexe.csv" in a right-to-left override
        assertEquals("reportvsc.exe", UploadChecks.fileName("report\u202Evsc.exe"));
        assertEquals("ab.csv", UploadChecks.fileName("a\u200Bb\u200C\u200D\u200E\u200F.csv"));
        assertEquals("isolated.csv", UploadChecks.fileName("\u2066iso\u2067la\u2068ted\u2069\u2060.csv"));
        assertEquals("bom.csv", UploadChecks.fileName("\uFEFFbom\u2028\u2029.csv"));
        assertEquals("c1.csv", UploadChecks.fileName("c\u00851\u009B.csv"));
        assertEquals("lone.csv", UploadChecks.fileName("lo\uD800ne.csv"));
        assertEquals("Grüße " + EMOJI + ".csv", UploadChecks.fileName("Grüße " + EMOJI + ".csv"), "letters and emoji stay");
    }

    @Test
    void aLongNameKeepsItsLast255CharactersCountedAndCutByCodePoints() {
        assertEquals("x".repeat(251) + ".csv", UploadChecks.fileName("x".repeat(300) + ".csv"));
        String cut = UploadChecks.fileName(EMOJI.repeat(300) + ".csv");
        assertEquals(255, cut.codePointCount(0, cut.length()), "255 characters, not 255 UTF-16 units");
        assertFalse(Character.isLowSurrogate(cut.charAt(0)), "the cut keeps whole characters");
        assertEquals(EMOJI.repeat(251) + ".csv", cut);
    }

    @Test
    void theDownloadNameIsCleanedTooWhetherItComesFromTheFileNameOrTheDatasetsName() {
        assertEquals("reportvsc.exe", DatasetFileRoutes.fileName(dataset("report\u202Evsc.exe", "Set")));
        assertEquals("Sales 2026.csv", DatasetFileRoutes.fileName(dataset(null, "Sales\u202E\u200B 2026")));
    }

    @Test
    void descriptionAndNameLimitsCountCharactersNotUtf16Units() {
        assertEquals(List.of(), UploadChecks.fields(EMOJI.repeat(200), EMOJI.repeat(2000), "training"));
        List<FieldError> over = UploadChecks.fields(EMOJI.repeat(201), EMOJI.repeat(2001), "training");
        assertEquals(List.of("name", "description"), over.stream().map(FieldError::field).toList());
    }

    @Test
    void experimentTextLimitsCountCharactersToo() {
        Map<String, Object> body = Map.of("name", EMOJI.repeat(200), "description", EMOJI.repeat(4000),
                "goal", EMOJI.repeat(4000), "baseModelId", "m", "trainingDatasetId", "t", "evaluationDatasetId", "e",
                "config", Map.of("learningRate", 0.0002, "epochs", 2, "batchSize", 8));
        ExperimentForm form = new ExperimentForm(new ObjectMapper().valueToTree(body));
        assertEquals(List.of(), form.errors);
    }

    private static Dataset dataset(String fileName, String name) {
        return new Dataset("ds-1", name, null, "training", "csv", fileName, 1L, 1L, null);
    }
}
