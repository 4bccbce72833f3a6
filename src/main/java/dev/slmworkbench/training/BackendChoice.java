package dev.slmworkbench.training;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code TRAINING_BACKEND} names the training backend this app drives: {@code contract} (the
 * default: our HTTP contract, i.e. the embedded sandbox while {@code TRAINING_API_URL} is unset, or
 * the Training API it names). A name this version does not have stops the start with a sentence,
 * rather than a first page that fails.
 */
@ApplicationScoped
public class BackendChoice {

    static final Set<String> AVAILABLE = Set.of("contract");
    private static final Logger LOG = Logger.getLogger(BackendChoice.class);

    private final String chosen;
    private final TrainingBackend backend;

    BackendChoice(@ConfigProperty(name = "training.backend", defaultValue = "contract") String chosen,
            TrainingBackend backend) {
        this.chosen = chosen.strip().toLowerCase(Locale.ROOT);
        this.backend = backend;
    }

    void check(@Observes StartupEvent started) {
        if (!AVAILABLE.contains(chosen)) {
            throw new IllegalStateException("TRAINING_BACKEND=" + chosen + " is not a training backend of this version; "
                    + "the backends are: " + String.join(", ", AVAILABLE.stream().sorted().toList()) + ".");
        }
        LOG.infof("Training backend: %s%s", chosen, backend.sandbox() ? " (the embedded sandbox)" : "");
    }
}
