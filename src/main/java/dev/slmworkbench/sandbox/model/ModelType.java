package dev.slmworkbench.sandbox.model;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Optional;

/** A model is either a published base model or the result of an experiment. */
@RegisterForReflection
public enum ModelType {
    BASE("base"),
    FINE_TUNED("fine_tuned");

    private final String wire;

    ModelType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<ModelType> parse(String value) {
        for (ModelType t : values()) {
            if (t.wire.equals(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
