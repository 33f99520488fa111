package org.resetdesk.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * A map bounded in weight that, when full, drops the entries used least recently: a conversation that just started
 * always keeps its state, and the ones idle longest go first. (A frequency-based cache such as Caffeine's, when full,
 * may turn away a new entry that is used less often than the ones it holds: with the bot's state full of
 * conversations used a dozen times each, new conversations lost their state between two turns.) Entries end {@code lifetime} after their last write, or
 * their last use. Entries of weight 0 are never dropped for room, only when their lifetime ends. Thread-safe: one
 * lock, held only for the map's own work and the change functions given to {@link #compute}.
 */
public final class RecentFirstMap<V> {

    /** When an entry's lifetime starts again. */
    public enum Expiry {
        /** At each write. */
        AFTER_WRITE,
        /** At each read or write. */
        AFTER_ACCESS
    }

    private record Entry<V>(V value, int weight, long endsAtMillis) {
    }

    /** In order of use, least recent first. */
    private final LinkedHashMap<String, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final long maxWeight;
    private final ToIntFunction<V> weigher;
    private final long lifetimeMillis;
    private final Expiry expiry;
    private final Clock clock;
    /** Writes between two sweeps for ended entries that nothing has touched since. */
    private final long sweepEvery;
    private long weight;
    private long writesSinceSweep;

    public RecentFirstMap(long maxWeight, ToIntFunction<V> weigher, Duration lifetime, Expiry expiry, Clock clock) {
        if (maxWeight < 1 || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("the weight and the lifetime must be positive");
        }
        this.maxWeight = maxWeight;
        this.weigher = Objects.requireNonNull(weigher, "weigher");
        this.lifetimeMillis = lifetime.toMillis();
        this.expiry = Objects.requireNonNull(expiry, "expiry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sweepEvery = Math.max(64, maxWeight / 4);
    }

    /** The key's value, or {@code null}; with {@link Expiry#AFTER_ACCESS} its lifetime starts again. */
    public synchronized V get(String key) {
        long now = clock.millis();
        Entry<V> entry = live(key, now);
        if (entry == null) {
            return null;
        }
        if (expiry == Expiry.AFTER_ACCESS) {
            entries.put(key, new Entry<>(entry.value(), entry.weight(), now + lifetimeMillis));
        }
        return entry.value();
    }

    /** Replaces the key's value with what {@code change} makes of it; {@code null} removes it. The value now kept. */
    public synchronized V compute(String key, UnaryOperator<V> change) {
        long now = clock.millis();
        Entry<V> current = live(key, now);
        V next = change.apply(current == null ? null : current.value());
        if (current != null) {
            entries.remove(key);
            weight -= current.weight();
        }
        if (next != null) {
            int nextWeight = weigher.applyAsInt(next);
            entries.put(key, new Entry<>(next, nextWeight, now + lifetimeMillis));
            weight += nextWeight;
        }
        written(now);
        return next;
    }

    /** Puts every value, as one {@link #compute} each. */
    public synchronized void putAll(Map<String, V> values) {
        values.forEach((key, value) -> compute(key, previous -> value));
    }

    public synchronized void remove(String key) {
        Entry<V> removed = entries.remove(key);
        if (removed != null) {
            weight -= removed.weight();
        }
    }

    /** The entries whose lifetime has not ended. */
    public synchronized Map<String, V> snapshot() {
        long now = clock.millis();
        Map<String, V> live = new HashMap<>();
        for (Map.Entry<String, Entry<V>> entry : entries.entrySet()) {
            if (entry.getValue().endsAtMillis() > now) {
                live.put(entry.getKey(), entry.getValue().value());
            }
        }
        return live;
    }

    /** The number of entries kept (some may have ended without being swept yet). */
    public synchronized int size() {
        return entries.size();
    }

    /** The key's entry if its lifetime has not ended (an ended one is dropped); a use, for the order. */
    private Entry<V> live(String key, long now) {
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.endsAtMillis() <= now) {
            entries.remove(key);
            weight -= entry.weight();
            return null;
        }
        return entry;
    }

    /** After a write: ended entries swept now and then, and the least recently used dropped while over weight. */
    private void written(long now) {
        if (++writesSinceSweep >= sweepEvery) {
            writesSinceSweep = 0;
            dropEnded(now);
        }
        Iterator<Entry<V>> oldestFirst = entries.values().iterator();
        while (weight > maxWeight && oldestFirst.hasNext()) {
            Entry<V> entry = oldestFirst.next();
            if (entry.weight() > 0 || entry.endsAtMillis() <= now) {
                oldestFirst.remove();
                weight -= entry.weight();
            }
        }
    }

    private void dropEnded(long now) {
        Iterator<Entry<V>> all = entries.values().iterator();
        while (all.hasNext()) {
            Entry<V> entry = all.next();
            if (entry.endsAtMillis() <= now) {
                all.remove();
                weight -= entry.weight();
            }
        }
    }
}
