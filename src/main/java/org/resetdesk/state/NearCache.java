package org.resetdesk.state;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What this instance last saw of a map's entries, as a first guess for the next change: a fixed number of slots, each
 * key in the slot its hash picks, a newer entry taking the slot of an older one. A guess that is missing or wrong
 * costs one more round trip, never a wrong value (the script checks every guess), so the cache can be this simple:
 * no locks, no eviction policy, no work on reads. A value is kept at most {@code lifetime} (measured on the monotonic
 * clock), as long as the entry lives in Redis.
 */
final class NearCache<V> {

    private record Slot<V>(String key, V value, long until) {
    }

    static final int MAX_SLOTS = 1 << 30;

    private final AtomicReferenceArray<Slot<V>> slots;
    private final int mask;
    private final long lifetimeNanos;

    /** @param size slots, rounded up to a power of two */
    NearCache(int size, Duration lifetime) {
        if (size < 1 || size > MAX_SLOTS) {
            throw new IllegalArgumentException("a near cache has 1 to " + MAX_SLOTS + " slots, not " + size);
        }
        this.slots = new AtomicReferenceArray<>(size == 1 ? 1 : Integer.highestOneBit(size - 1) << 1);
        this.mask = slots.length() - 1;
        this.lifetimeNanos = lifetime.toNanos();
    }

    /** The value last put for {@code key}, or {@code null} when there is none or it is too old. */
    V get(String key) {
        Slot<V> slot = slots.get(index(key));
        return slot != null && slot.key().equals(key) && System.nanoTime() - slot.until() < 0 ? slot.value() : null;
    }

    void put(String key, V value) {
        slots.set(index(key), new Slot<>(key, value, System.nanoTime() + lifetimeNanos));
    }

    int size() {
        return slots.length();
    }

    private int index(String key) {
        int hash = key.hashCode();
        return (hash ^ (hash >>> 16)) & mask;
    }
}
