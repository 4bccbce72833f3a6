package dev.slmworkbench.sandbox.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an uploader's checks found in a dataset's records, kept with it as it was sent (the
 * sandbox does not check records itself): the layout, which column fills each role, the counts
 * and the first problems.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetSchema(String kind, Map<String, String> fields, Long records, Long skipped,
        List<Issue> problems) {

    public static final Set<String> KINDS = Set.of("chat", "prompt_completion", "instruction", "preference", "text");

    /** One bad record: its line and what is wrong. */
    @RegisterForReflection
    public record Issue(long line, String problem) {
    }
}
