package dev.slmworkbench.sandbox.model;

import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Optional;

/** What a dataset is for. */
@RegisterForReflection
public enum DatasetType {
    TRAINING("training"),
    EVALUATION("evaluation");

    private final String wire;

    DatasetType(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<DatasetType> parse(String value) {
        for (DatasetType t : values()) {
            if (t.wire.equals(value)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
