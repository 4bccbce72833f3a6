package dev.slmworkbench.sandbox.experiments;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per key, held only while that key is in use: retries of one key wait for each other,
 * different keys never do, and no lock outlives its last user.
 */
final class KeyLocks {

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    private final ConcurrentHashMap<String, Entry> locks = new ConcurrentHashMap<>();

    <T> T withLock(String key, Supplier<T> work) {
        // Counting users inside compute() makes taking and dropping an entry atomic per key
        Entry entry = locks.compute(key, (k, current) -> {
            Entry e = current == null ? new Entry() : current;
            e.users++;
            return e;
        });
        entry.lock.lock();
        try {
            return work.get();
        } finally {
            entry.lock.unlock();
            locks.compute(key, (k, current) -> --current.users == 0 ? null : current);
        }
    }

    /** Keys with a lock right now. */
    int held() {
        return locks.size();
    }
}
