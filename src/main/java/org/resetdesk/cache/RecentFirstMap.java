package org.resetdesk.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A map bounded in entries that, when full, drops the entry used least recently: a conversation that just started
 * always keeps its state, and the ones idle longest go first. (A frequency-based cache such as Caffeine's, when full,
 * may turn away a new entry that is used less often than the ones it holds: with the bot's state full of
 * conversations used a dozen times each, new conversations lost their state between two turns.) An entry ends
 * {@code idleTimeout} after its last read or write. Thread-safe: one lock, held only for the map's own work.
 */
public final class RecentFirstMap<V> {

    private record Entry<V>(V value, long endsAtMillis) {
    }

    /** In order of use, least recent first: the entries idle longest, also the first to end, lead. */
    private final LinkedHashMap<String, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final int maxEntries;
    private final long idleMillis;
    private final Clock clock;

    public RecentFirstMap(int maxEntries, Duration idleTimeout, Clock clock) {
        if (maxEntries < 1 || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("the size and the idle timeout must be positive");
        }
        this.maxEntries = maxEntries;
        this.idleMillis = idleTimeout.toMillis();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The key's value, or {@code null}; a use, so its idle time starts again. */
    public synchronized V get(String key) {
        long now = clock.millis();
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (entry.endsAtMillis() <= now) {
            entries.remove(key);
            return null;
        }
        entries.put(key, new Entry<>(entry.value(), now + idleMillis));
        return entry.value();
    }

    /** Puts every value (none {@code null}), then drops what ended and, while over the bound, the least recent. */
    public synchronized void putAll(Map<String, V> values) {
        long now = clock.millis();
        values.forEach((key, value) -> {
            entries.remove(key); // written: the most recent use
            entries.put(key, new Entry<>(Objects.requireNonNull(value, "value"), now + idleMillis));
        });
        Iterator<Entry<V>> leastRecentFirst = entries.values().iterator();
        while (leastRecentFirst.hasNext()) {
            Entry<V> entry = leastRecentFirst.next();
            if (entries.size() <= maxEntries && entry.endsAtMillis() > now) {
                break;
            }
            leastRecentFirst.remove();
        }
    }

    public synchronized void remove(String key) {
        entries.remove(key);
    }

    /** The number of entries kept. */
    public synchronized int size() {
        return entries.size();
    }
}
