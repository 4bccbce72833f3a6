package dev.slmworkbench.sandbox.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slmworkbench.sandbox.model.IdempotencyRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Idempotency records in memory and in a JSON-lines file that only grows by appends; it is
 * rewritten with the live records at startup and when mostly stale, so its size stays near the
 * number of live records. Records expire after a TTL and at most {@code max} are kept (oldest go
 * first). Not thread safe on its own: the store's lock guards it.
 */
final class IdempotencyLog {

    private static final Logger LOG = Logger.getLogger(IdempotencyLog.class);
    private final Path file;
    private final ObjectMapper mapper;
    private final Duration ttl;
    private final int max;
    private final Clock clock;
    private final LinkedHashMap<String, IdempotencyRecord> records = new LinkedHashMap<>();
    private int lines;

    IdempotencyLog(Path file, ObjectMapper mapper, Duration ttl, int max, Clock clock) throws IOException {
        this.file = file;
        this.mapper = mapper;
        this.ttl = ttl;
        this.max = Math.max(1, max);
        this.clock = clock;
        if (Files.exists(file)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    read(line);
                }
            }
        }
        forgetOld();
        compact();
    }

    private void read(String line) {
        if (line.isBlank()) {
            return;
        }
        try {
            IdempotencyRecord record = mapper.readValue(line, IdempotencyRecord.class);
            if (record.key() != null && record.createdAt() != null) {
                records.remove(record.key());
                records.put(record.key(), record);
            }
        } catch (IOException e) {
            // A line cut short by a crash: the create it belonged to may be retried as new
            LOG.debugf("Skipped an unreadable idempotency record: %s", e.getMessage());
        }
    }

    /** The record of a key, unless it has expired. */
    Optional<IdempotencyRecord> get(String key) {
        IdempotencyRecord record = records.get(key);
        return record == null || expired(record) ? Optional.empty() : Optional.of(record);
    }

    void add(IdempotencyRecord record) throws IOException {
        records.remove(record.key());
        records.put(record.key(), record);
        forgetOld();
        // Rewritten once stale lines outnumber live ones by the cap: rare, and the file stays under 3 x max lines
        if (lines + 1 > 2 * records.size() + max) {
            compact();
        } else {
            append(record);
        }
    }

    int size() {
        return records.size();
    }

    private boolean expired(IdempotencyRecord record) {
        return !record.createdAt().plus(ttl).isAfter(clock.instant());
    }

    /** Records are in the order they were added, so the expired and the surplus ones lead. */
    private void forgetOld() {
        Iterator<Map.Entry<String, IdempotencyRecord>> it = records.entrySet().iterator();
        while (it.hasNext()) {
            IdempotencyRecord next = it.next().getValue();
            if (records.size() > max || expired(next)) {
                it.remove();
            } else {
                break;
            }
        }
    }

    private void append(IdempotencyRecord record) throws IOException {
        byte[] line = (mapper.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(false);
        }
        lines++;
    }

    private void compact() throws IOException {
        AtomicFiles.write(file, out -> {
            for (IdempotencyRecord record : records.values()) {
                out.write(mapper.writeValueAsBytes(record));
                out.write('\n');
            }
        });
        lines = records.size();
    }
}
