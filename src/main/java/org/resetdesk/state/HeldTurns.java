package org.resetdesk.state;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The conversations whose turn holds the conversation's lease on this instance ({@link Leases}), so that the work of
 * a turn can leave a write for the round trip that gives the lease back: what only a later turn of the conversation
 * reads (the code it must type), or what may wait that long (the limits cleared after a reset). Thread-safe.
 */
public final class HeldTurns {

    private final Map<String, Leases.Held> held = new ConcurrentHashMap<>();

    /** The turn of {@code conversationId} holds {@code lease} until {@link #released}. */
    public void holding(String conversationId, Leases.Held lease) {
        held.put(conversationId, lease);
    }

    /** The turn of {@code conversationId} is done. */
    public void released(String conversationId) {
        held.remove(conversationId);
    }

    /**
     * Leaves {@code write} for the release of the lease the conversation's turn holds here.
     *
     * @return false when no turn of the conversation holds it here (or it was given back): make the write yourself
     */
    public boolean writeOnRelease(String conversationId, KeyChange<?> write) {
        return writeOnRelease(conversationId, java.util.List.of(write));
    }

    /** {@link #writeOnRelease(String, KeyChange)} for several writes: all of them, or none. */
    public boolean writeOnRelease(String conversationId, java.util.List<? extends KeyChange<?>> writes) {
        Leases.Held lease = held.get(conversationId);
        return lease != null && lease.writeOnRelease(writes);
    }
}
