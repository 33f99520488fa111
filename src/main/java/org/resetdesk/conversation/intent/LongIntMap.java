package org.resetdesk.conversation.intent;

/**
 * A map from non-zero {@code long} keys to {@code int} values with open addressing, so looking a feature up neither
 * boxes nor allocates. Filled once while the classifier is built, then only read; reads are thread-safe once the
 * map is safely published (the classifier keeps it in a final field).
 */
final class LongIntMap {

    static final int ABSENT = -1;

    private final long[] keys;
    private final int[] values;
    private final int mask;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    /** The value for {@code key}, or {@link #ABSENT}. */
    int get(long key) {
        for (int slot = slot(key); ; slot = slot + 1 & mask) {
            long found = keys[slot];
            if (found == key) {
                return values[slot];
            }
            if (found == 0) {
                return ABSENT;
            }
        }
    }

    /** Stores {@code key -> value}; the map must have been sized for every key put into it. */
    void put(long key, int value) {
        if (key == 0) {
            throw new IllegalArgumentException("zero is the empty-slot marker");
        }
        int slot = slot(key);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = slot + 1 & mask;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32) & mask;
    }
}
