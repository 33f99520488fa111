package org.resetdesk.state;

/**
 * Entries of one conversation that only that conversation's turns change (its reset session, say). With a shared
 * store, a turn holding the conversation's lease ({@link Leases}) reads them in the round trip that takes the lease,
 * and serves them from memory until it gives the lease back: no other turn of the conversation, on any instance, can
 * change them meanwhile. Anything else that changes them (a password link's page) still goes through the store's
 * atomic changes, so a value served from memory can be out of date only towards refusing.
 */
public interface TurnScoped {

    /** The read of the conversation's entry, to make with its lease. */
    KeyChange<?> reading(String conversationId);

    /**
     * A turn of the conversation holds its {@code lease}: {@code read} (run) is what is stored until
     * {@link #released}, but for what the turn changes.
     */
    void held(String conversationId, KeyChange<?> read, Leases.Held lease);

    /** The turn that holds {@code lease} is done with the conversation (it gives the lease back). */
    void released(String conversationId, Leases.Held lease);
}
