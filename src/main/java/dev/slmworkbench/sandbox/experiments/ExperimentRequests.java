package dev.slmworkbench.sandbox.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slmworkbench.sandbox.model.Dataset;
import dev.slmworkbench.sandbox.model.DatasetType;
import dev.slmworkbench.sandbox.model.Experiment;
import dev.slmworkbench.sandbox.model.ExperimentConfig;
import dev.slmworkbench.sandbox.model.ExperimentStatus;
import dev.slmworkbench.sandbox.model.Model;
import dev.slmworkbench.sandbox.model.ModelType;
import dev.slmworkbench.sandbox.problem.FieldError;
import dev.slmworkbench.sandbox.problem.SandboxProblem;
import dev.slmworkbench.sandbox.store.SandboxStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns a create-experiment body into a queued experiment, or a 400 naming every bad field. */
final class ExperimentRequests {

    static final String TITLE = "Invalid experiment";
    private static final int MAX_NAME = 200;
    private static final int MAX_TEXT = 4000;
    private static final Set<String> FIELDS = Set.of("name", "description", "goal", "baseModelId",
            "trainingDatasetId", "evaluationDatasetId", "config");
    private static final Set<String> CONFIG_FIELDS = Set.of("learningRate", "epochs", "batchSize");
    /** Unknown fields named at most per object: enough to fix a client, not an echo of the whole body. */
    private static final int MAX_UNKNOWN_NAMED = 10;

    private ExperimentRequests() {
    }

    static Experiment toExperiment(JsonNode body, SandboxStore store, String id, Instant now) {
        if (body == null || !body.isObject()) {
            throw SandboxProblem.invalid(TITLE, "body", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        unknownFields(body, FIELDS, "", "an experiment", errors);
        String name = text(body, "name", errors);
        if (name == null ? !body.hasNonNull("name") : name.isBlank()) {
            errors.add(FieldError.of("name", "is required"));
        } else if (name != null && characters(name.trim()) > MAX_NAME) {
            errors.add(FieldError.of("name", "must be at most " + MAX_NAME + " characters"));
        }
        String description = optionalText(body, "description", errors);
        String goal = optionalText(body, "goal", errors);

        String baseModelId = requiredId(body, "baseModelId", errors);
        if (baseModelId != null) {
            Optional<Model> base = store.model(baseModelId);
            if (base.isEmpty()) {
                errors.add(FieldError.of("baseModelId", "was not found (no model has the id '" + baseModelId + "')"));
            } else if (base.get().type() != ModelType.BASE) {
                errors.add(FieldError.of("baseModelId", "must be a base model; '" + base.get().name()
                        + "' is a fine-tuned model"));
            }
        }
        String trainingId = dataset(body, "trainingDatasetId", DatasetType.TRAINING, store, errors);
        String evaluationId = dataset(body, "evaluationDatasetId", DatasetType.EVALUATION, store, errors);
        ExperimentConfig config = config(body.get("config"), errors);
        if (!errors.isEmpty()) {
            throw SandboxProblem.invalid(TITLE, errors);
        }
        return new Experiment(id, name.trim(), description, goal, ExperimentStatus.QUEUED, baseModelId, trainingId,
                evaluationId, config, now, now, List.of(), null, List.of(), 0.0, null)
                .transition(ExperimentStatus.QUEUED, now, "Queued: waiting for a simulated GPU");
    }

    private static String dataset(JsonNode body, String field, DatasetType wanted, SandboxStore store,
            List<FieldError> errors) {
        String id = requiredId(body, field, errors);
        if (id == null) {
            return null;
        }
        Optional<Dataset> dataset = store.dataset(id);
        if (dataset.isEmpty()) {
            errors.add(FieldError.of(field, "was not found (no dataset has the id '" + id + "')"));
        } else if (dataset.get().type() != wanted) {
            errors.add(FieldError.of(field, "must be a " + wanted.wire() + " dataset; '" + dataset.get().name()
                    + "' is a " + dataset.get().type().wire() + " dataset"));
        }
        return id;
    }

    private static ExperimentConfig config(JsonNode config, List<FieldError> errors) {
        if (config == null || config.isNull()) {
            errors.add(FieldError.of("config", "is required"));
            return null;
        }
        if (!config.isObject()) {
            errors.add(FieldError.of("config", "must be an object with learningRate, epochs and batchSize"));
            return null;
        }
        unknownFields(config, CONFIG_FIELDS, "config.", "the training configuration", errors);
        JsonNode lr = config.get("learningRate");
        double learningRate = 0;
        if (lr == null || !lr.isNumber()) {
            errors.add(FieldError.of("config.learningRate", "is required and must be a number"));
        } else {
            learningRate = lr.asDouble();
            if (!(learningRate > 0 && learningRate <= 1)) {
                errors.add(FieldError.of("config.learningRate", "must be greater than 0 and at most 1"));
            }
        }
        int epochs = wholeNumber(config, "epochs", 1, 1000, errors);
        int batchSize = wholeNumber(config, "batchSize", 1, 65536, errors);
        return new ExperimentConfig(learningRate, epochs, batchSize);
    }

    /** A field this API does not know is refused rather than silently dropped: it may be a misspelling. */
    private static void unknownFields(JsonNode object, Set<String> known, String prefix, String of,
            List<FieldError> errors) {
        int named = 0;
        for (Iterator<String> names = object.fieldNames(); names.hasNext() && named < MAX_UNKNOWN_NAMED; ) {
            String name = names.next();
            if (!known.contains(name)) {
                String shown = name.length() > 100 ? name.substring(0, 100) + "…" : name;
                errors.add(new FieldError(prefix + shown, "'" + shown + "' is not a field of " + of + "; remove it."));
                named++;
            }
        }
    }

    private static int wholeNumber(JsonNode config, String field, int min, int max, List<FieldError> errors) {
        JsonNode node = config.get(field);
        String path = "config." + field;
        if (node == null || !node.isNumber()) {
            errors.add(FieldError.of(path, "is required and must be a whole number"));
            return 0;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            errors.add(FieldError.of(path, "must be a whole number from " + min + " to " + max));
            return 0;
        }
        return node.asInt();
    }

    private static String requiredId(JsonNode body, String field, List<FieldError> errors) {
        String id = text(body, field, errors);
        if (id == null || id.isBlank()) {
            if (id != null || !body.hasNonNull(field)) {
                errors.add(FieldError.of(field, "is required"));
            }
            return null;
        }
        return id;
    }

    private static String text(JsonNode body, String field, List<FieldError> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(FieldError.of(field, "must be a string"));
            return null;
        }
        return node.asText();
    }

    private static String optionalText(JsonNode body, String field, List<FieldError> errors) {
        String value = text(body, field, errors);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (characters(value.trim()) > MAX_TEXT) {
            errors.add(FieldError.of(field, "must be at most " + MAX_TEXT + " characters"));
        }
        return value.trim();
    }

    /** Characters as JSON Schema's maxLength counts them: code points, so an emoji is one. */
    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }
}
