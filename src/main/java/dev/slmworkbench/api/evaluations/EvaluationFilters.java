package dev.slmworkbench.api.evaluations;

import dev.slmworkbench.training.FieldError;
import dev.slmworkbench.training.IdChecks;
import dev.slmworkbench.training.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestQuery;

/** The three filters of the evaluations: an experiment, a model, a dataset (ids, each optional). */
public class EvaluationFilters {

    static final List<String> NAMES = List.of("experimentId", "modelId", "datasetId");

    /** Only evaluations of this experiment. */
    @RestQuery
    String experimentId;

    /** Only evaluations of this model. */
    @RestQuery
    String modelId;

    /** Only evaluations on this dataset. */
    @RestQuery
    String datasetId;

    /** The filters that are set, by upstream name, or a 400 naming each bad id. */
    Map<String, String> toMap() {
        Map<String, String> filters = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        put(filters, errors, "experimentId", experimentId);
        put(filters, errors, "modelId", modelId);
        put(filters, errors, "datasetId", datasetId);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Some filters are not valid.", errors);
        }
        return filters;
    }

    private static void put(Map<String, String> filters, List<FieldError> errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        String id = raw.strip();
        if (IdChecks.isValid(id)) {
            filters.put(field, id);
        } else {
            errors.add(new FieldError(field, "Ids are 1 to 128 letters, digits, '.', '_', ':' or '-', and not only dots."));
        }
    }
}
