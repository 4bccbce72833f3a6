package dev.slmworkbench.api.experiments;

import dev.slmworkbench.api.datasets.upload.UploadChecks;
import com.fasterxml.jackson.databind.JsonNode;
import dev.slmworkbench.training.ExperimentConfig;
import dev.slmworkbench.training.FieldError;
import dev.slmworkbench.training.IdChecks;
import dev.slmworkbench.training.NewExperiment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Train Model wizard's answer, checked again here (the browser is not trusted). Field errors
 * carry the wizard's field names; the configuration may come flat or under {@code config}.
 */
public final class ExperimentForm {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 4000;
    /** Upstream field names (and fragments) as the wizard names them, with the words a sentence starts with. */
    private static final Map<String, String> LABELS = Map.of(
            "name", "The name", "description", "The description", "goal", "The goal",
            "baseModelId", "The base model", "trainingDatasetId", "The training dataset",
            "evaluationDatasetId", "The evaluation dataset", "learningRate", "Learning rate",
            "epochs", "Epochs", "batchSize", "Batch size", "config", "The training configuration");

    public final List<FieldError> errors = new ArrayList<>();
    final String name;
    final String description;
    final String goal;
    final String baseModelId;
    final String trainingDatasetId;
    final String evaluationDatasetId;
    final Double learningRate;
    final Integer epochs;
    final Integer batchSize;

    public ExperimentForm(JsonNode body) {
        JsonNode config = body.path("config");
        name = required(body, "name", "Enter a name for the experiment.");
        if (name != null && UploadChecks.characters(name) > MAX_NAME) {
            errors.add(new FieldError("name", "The name must be at most " + MAX_NAME + " characters."));
        }
        description = optional(body, "description");
        goal = optional(body, "goal");
        baseModelId = id(body, "baseModelId", "Choose a base model.");
        trainingDatasetId = id(body, "trainingDatasetId", "Choose a training dataset.");
        evaluationDatasetId = id(body, "evaluationDatasetId", "Choose an evaluation dataset.");
        learningRate = learningRate(setting(body, config, "learningRate"));
        epochs = whole(setting(body, config, "epochs"), "epochs", "Epochs", 1, 1000);
        batchSize = whole(setting(body, config, "batchSize"), "batchSize", "Batch size", 1, 65536);
    }

    NewExperiment toNewExperiment() {
        return new NewExperiment(name, description, goal, baseModelId, trainingDatasetId, evaluationDatasetId,
                new ExperimentConfig(learningRate, epochs, batchSize));
    }

    /** An upstream field error under the wizard's name, as a sentence ({@code config.epochs} is {@code epochs}). */
    static FieldError wizardField(FieldError upstream) {
        String field = upstream.field() == null ? "" : upstream.field();
        if (field.startsWith("config.")) {
            field = field.substring("config.".length());
        }
        String message = upstream.message() == null ? "" : upstream.message().strip();
        String label = LABELS.get(field);
        if (label != null && !message.isEmpty() && Character.isLowerCase(message.charAt(0))) {
            message = label + " " + message + (message.endsWith(".") ? "" : ".");
        }
        return new FieldError(field, message);
    }

    private static JsonNode setting(JsonNode body, JsonNode config, String field) {
        JsonNode flat = body.get(field);
        return flat != null && !flat.isNull() ? flat : config.get(field);
    }

    private String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(field, LABELS.get(field) + " must be text."));
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    private String required(JsonNode body, String field, String missing) {
        String value = text(body, field);
        if (value == null && errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, missing));
        }
        return value;
    }

    private String optional(JsonNode body, String field) {
        String value = text(body, field);
        if (value != null && UploadChecks.characters(value) > MAX_TEXT) {
            errors.add(new FieldError(field, LABELS.get(field) + " must be at most 4,000 characters."));
        }
        return value;
    }

    private String id(JsonNode body, String field, String missing) {
        String value = required(body, field, missing);
        if (value != null && !IdChecks.isValid(value)) {
            errors.add(new FieldError(field, LABELS.get(field) + " has an id that is not valid; choose it again."));
            return null;
        }
        return value;
    }

    private Double learningRate(JsonNode node) {
        Double value = number(node);
        if (value == null || value.isNaN() || !(value > 0 && value <= 1)) {
            errors.add(new FieldError("learningRate", "Learning rate must be greater than 0 and at most 1."));
            return null;
        }
        return value;
    }

    private Integer whole(JsonNode node, String field, String label, int min, int max) {
        Double value = number(node);
        if (value == null || value != Math.rint(value) || value < min || value > max) {
            errors.add(new FieldError(field, label + " must be a whole number from " + min + " to " + max + "."));
            return null;
        }
        return value.intValue();
    }

    /** A JSON number, or text holding one (the wizard's inputs accept {@code 2e-5}). */
    private static Double number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isTextual()) {
            try {
                double parsed = Double.parseDouble(node.asText().strip());
                return Double.isFinite(parsed) ? parsed : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
