package org.resetdesk.identity;

import java.util.Objects;

import org.resetdesk.state.KeyChange;
import org.resetdesk.state.Leases;
import org.resetdesk.state.SharedMap;

/**
 * A conversation's session while one of its turns holds the conversation's lease: as the store has it (read with
 * the lease, or written since) and as the turn has made it. What the turn makes of it is written when the lease is
 * given back, in that round trip, and only over the value this turn saw stored: a change made meanwhile by anything
 * that does not take the lease (a password link's page claiming the session) is kept, never overwritten.
 * Thread-safe.
 */
final class HeldSession {

    private final Leases.Held lease;
    private ResetSession stored;
    private ResetSession current;
    private boolean writing;

    HeldSession(Leases.Held lease, ResetSession stored) {
        this.lease = lease;
        this.stored = stored;
        this.current = stored;
    }

    /** The session as the turn has made it ({@code null}: none). */
    synchronized ResetSession current() {
        return current;
    }

    Leases.Held lease() {
        return lease;
    }

    /**
     * Makes {@code next} the session, to be written when the lease is given back. With {@code sameSession}, only
     * over the session {@code next} was made from (same correlation id): a session claimed or ended meanwhile stays
     * so.
     *
     * @return false when the lease is given back already: write it now
     */
    synchronized boolean later(SharedMap<ResetSession> sessions, String conversationId, ResetSession next,
            boolean sameSession) {
        if (!lease.open()) {
            return false;
        }
        if (!writing) {
            writing = lease.writeOnRelease(KeyChange.of(sessions, conversationId, this::over));
            if (!writing) {
                return false;
            }
        }
        if (!sameSession || ResetSessions.sameSession(current, next)) {
            current = next;
        }
        return true;
    }

    /** What the store should hold, given that it holds {@code value}: the turn's session, over what it saw stored. */
    synchronized ResetSession over(ResetSession value) {
        return Objects.equals(value, stored) ? current : value;
    }

    /** The store now holds {@code value} (a change made at once). */
    synchronized void written(ResetSession value) {
        stored = value;
        current = value;
    }
}
