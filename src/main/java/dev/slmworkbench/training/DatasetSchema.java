package dev.slmworkbench.training;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;

/**
 * What a dataset's records hold, as the upload checks found it: the layout ({@code kind}: chat,
 * prompt_completion, instruction, preference or text), which column fills each of its roles, how
 * many records passed, how many bad ones were left out, and the first problems. A dataset whose
 * backend does not keep it has none ("format not checked").
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetSchema(String kind, Map<String, String> fields, Long records, Long skipped,
        List<RecordIssue> problems) {

    /** One bad record: the line it starts on and what is wrong. */
    @RegisterForReflection
    public record RecordIssue(long line, String problem) {
    }
}
