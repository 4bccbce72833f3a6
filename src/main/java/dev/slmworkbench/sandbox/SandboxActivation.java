package dev.slmworkbench.sandbox;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The sandbox serves only when no external Training API is configured. */
@Singleton
public class SandboxActivation {

    private final boolean active;

    public SandboxActivation(@ConfigProperty(name = "training-api.url") Optional<String> trainingApiUrl) {
        this.active = trainingApiUrl.map(String::isBlank).orElse(true);
    }

    public boolean active() {
        return active;
    }
}
