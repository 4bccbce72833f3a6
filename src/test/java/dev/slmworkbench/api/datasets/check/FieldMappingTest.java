package dev.slmworkbench.api.datasets.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldMappingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "messages; chat; messages=messages",
            "conversations,id; chat; messages=conversations",
            "prompt,chosen,rejected; preference; prompt=prompt,chosen=chosen,rejected=rejected",
            "instruction,input,output; instruction; instruction=instruction,input=input,output=output",
            "instruction,output; instruction; instruction=instruction,output=output",
            "prompt,completion,category; prompt_completion; prompt=prompt,completion=completion",
            "question,answer; prompt_completion; prompt=question,completion=answer",
            "Input,Output; prompt_completion; prompt=Input,completion=Output",
            "instruction,response; prompt_completion; prompt=instruction,completion=response",
            "instruction,expected; prompt_completion; prompt=instruction,completion=expected",
            "id,text,label; text; text=text",
            "body; text; text=body",
            // two candidate mappings: the usual names of prompt/completion come first
            "question,answer,prompt,completion; prompt_completion; prompt=prompt,completion=completion",
    })
    void theColumnNamesProposeAMapping(String columns, String kind, String fields) {
        FieldMapping mapping = FieldMapping.detect(List.of(columns.split(","))).orElseThrow();
        assertEquals(kind, mapping.kind().wire());
        assertEquals(fields, String.join(",", mapping.fields().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
    }

    @Test
    void columnsWithNoUsualNameProposeNothingAndSaySo() {
        assertTrue(FieldMapping.detect(List.of("a", "b")).isEmpty());
        assertEquals("None of the columns (a, b) has a usual name for what a run trains on (prompt and completion, "
                + "question and answer, instruction and output, messages, text, …). Choose which column is the prompt "
                + "and which the target in the form.", UploadMapping.undetected(List.of("a", "b")));
    }

    @Test
    void aChosenMappingIsReadAndCheckedAgainstTheColumns() throws Exception {
        ObjectMapper json = new ObjectMapper();
        FieldMapping chosen = UploadMapping.parse(
                "{\"kind\":\"prompt-completion\",\"fields\":{\"prompt\":\" q \",\"completion\":\"a\"}}", json).orElseThrow();
        assertEquals(DatasetKind.PROMPT_COMPLETION, chosen.kind());
        assertEquals(Map.of("prompt", "q", "completion", "a"), chosen.fields());
        assertNull(chosen.problemWith(List.of("q", "a", "x")));
        assertEquals("The file has no column \"a\" (for the target (completion)); its columns are q, x.",
                chosen.problemWith(List.of("q", "x")));
        assertEquals("Choose the column that holds the target (completion).",
                new FieldMapping(DatasetKind.PROMPT_COMPLETION, Map.of("prompt", "q")).problemWith(List.of("q")));
        assertEquals(Optional.empty(), UploadMapping.parse("  ", json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "not json; The column mapping could not be read. Choose the columns again in the form.",
            "{\"kind\":\"poems\",\"fields\":{}}; Choose what the records hold: one of chat, prompt_completion, instruction, preference, text.",
            "{\"kind\":\"text\"}; Choose which column fills each role of a text dataset.",
            "{\"kind\":\"text\",\"fields\":{\"text\":\"\"}}; Choose a column for the text.",
    })
    void aMappingThatCannotBeUsedGetsASentence(String field, String sentence) {
        UploadMapping.InvalidMapping refused = org.junit.jupiter.api.Assertions.assertThrows(
                UploadMapping.InvalidMapping.class, () -> UploadMapping.parse(field, new ObjectMapper()));
        assertEquals(sentence, refused.getMessage());
    }
}
