package dev.slmworkbench.sandbox.model;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * An Idempotency-Key that created an experiment: the SHA-256 of its canonical request (never the
 * body itself) and the experiment it created, whose first answer a retry gets again.
 */
@RegisterForReflection
public record IdempotencyRecord(String key, String requestSha256, String experimentId, Instant createdAt) {
}
