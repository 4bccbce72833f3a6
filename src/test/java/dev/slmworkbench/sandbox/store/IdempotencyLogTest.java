package dev.slmworkbench.sandbox.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slmworkbench.sandbox.model.IdempotencyRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdempotencyLogTest {

    @TempDir
    Path dir;

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final HandClock clock = new HandClock();

    private Path file() {
        return dir.resolve("idempotency-keys.jsonl");
    }

    private IdempotencyLog open(Duration ttl, int max) throws IOException {
        return new IdempotencyLog(file(), SandboxStore.mapper(), ttl, max, clock);
    }

    private IdempotencyRecord record(String key) {
        return new IdempotencyRecord(key, "0123456789abcdef".repeat(4), "exp-" + key.hashCode(), clock.instant());
    }

    @Test
    void aThousandKeyedCreatesLeaveASmallFileThatOnlyGrowsByAppends() throws IOException {
        IdempotencyLog log = open(Duration.ofHours(24), 10_000);
        String before = "";
        for (int i = 0; i < 1000; i++) {
            log.add(record(UUID.randomUUID().toString()));
            if (i % 100 == 99) {
                String now = Files.readString(file());
                assertTrue(now.startsWith(before), "records are appended, the file is never rewritten per create");
                before = now;
            }
        }
        long size = Files.size(file());
        assertTrue(size < 300_000, "1,000 records take " + size + " bytes");
        assertEquals(1000, Files.readAllLines(file()).size());
        assertEquals(1000, open(Duration.ofHours(24), 10_000).size(), "all of them come back after a restart");
    }

    @Test
    void expiredKeysAreGoneFromMemoryAndFile() throws IOException {
        IdempotencyLog log = open(Duration.ofMinutes(10), 100);
        log.add(record("old-key"));
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        log.add(record("newer-key"));
        assertTrue(log.get("old-key").isPresent());

        clock.now = clock.now.plus(Duration.ofMinutes(6));
        assertTrue(log.get("old-key").isEmpty(), "expired after its TTL");
        assertTrue(log.get("newer-key").isPresent());
        log.add(record("third-key"));
        assertEquals(2, log.size());

        IdempotencyLog restarted = open(Duration.ofMinutes(10), 100);
        assertTrue(restarted.get("old-key").isEmpty());
        assertFalse(Files.readString(file()).contains("old-key"), "the startup rewrite drops expired records");
        assertEquals(2, restarted.size());
    }

    @Test
    void theOldestGoFirstBeyondTheCap() throws IOException {
        IdempotencyLog log = open(Duration.ofHours(24), 10);
        for (int i = 0; i < 15; i++) {
            log.add(record("key-" + i));
        }
        assertEquals(10, log.size());
        assertTrue(log.get("key-4").isEmpty());
        assertTrue(log.get("key-5").isPresent());
        open(Duration.ofHours(24), 10);
        assertEquals(10, Files.readAllLines(file()).size());
    }

    @Test
    void aLineCutShortByACrashIsSkipped() throws IOException {
        IdempotencyLog log = open(Duration.ofHours(24), 10);
        log.add(record("whole"));
        Files.writeString(file(), "{\"key\":\"half", java.nio.file.StandardOpenOption.APPEND);
        IdempotencyLog restarted = open(Duration.ofHours(24), 10);
        assertTrue(restarted.get("whole").isPresent());
        assertEquals(1, restarted.size());
    }

    @Test
    void manyStaleLinesAreCompactedAway() throws IOException {
        IdempotencyLog log = open(Duration.ofHours(24), 5);
        for (int i = 0; i < 100; i++) {
            log.add(record("key-" + i));
            assertTrue(Files.readAllLines(file()).size() <= 3 * 5, "the log is rewritten once mostly stale");
        }
        assertEquals(5, open(Duration.ofHours(24), 5).size());
    }
}
