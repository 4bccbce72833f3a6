package dev.slmworkbench.api.datasets.upload;

import dev.slmworkbench.api.datasets.DatasetFileRoutes;
import dev.slmworkbench.api.experiments.ExperimentForm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.training.Dataset;
import dev.slmworkbench.training.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The upload checks that need no server: the download name, text lengths. */
class UploadChecksTest {

    private static final String EMOJI = "\uD83D\uDE00"; // one character, two UTF-16 units

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
        return new Dataset("ds-1", name, null, "training", "csv", fileName, 1L, 1L, null, null);
    }
}
