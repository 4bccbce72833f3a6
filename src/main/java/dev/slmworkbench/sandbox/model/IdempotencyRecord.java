package dev.slmworkbench.sandbox.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** The first successful answer to a POST with an Idempotency-Key, replayed for retries. */
@RegisterForReflection
public record IdempotencyRecord(String key, JsonNode request, Experiment response, Instant createdAt) {
}
