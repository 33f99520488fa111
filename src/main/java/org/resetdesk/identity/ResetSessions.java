package org.resetdesk.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.crypto.SecretCipher;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.state.JsonCodec;
import org.resetdesk.state.KeyChange;
import org.resetdesk.state.Leases;
import org.resetdesk.state.MemorySharedMaps;
import org.resetdesk.state.SealedJsonCodec;
import org.resetdesk.state.SharedMap;
import org.resetdesk.state.SharedMaps;
import org.resetdesk.state.TurnScoped;
import org.resetdesk.verification.VerificationProperties;
import org.resetdesk.verification.VerificationRequirement;

/**
 * The server-side record of each conversation's reset session: which account it named and which methods it proved.
 * This, not the flow file, is what guards a change: {@link #verified} answers only for a real account that proved the
 * policy's methods within the session's lifetime. Thread-safe; bounded in size, entries also dropped an hour after
 * their last use.
 */
public final class ResetSessions implements TurnScoped {

    private static final long MAX_SESSIONS = 100_000;

    private final SharedMap<ResetSession> sessions;
    /** The sessions of conversations whose turn holds the lease here ({@link TurnScoped}). */
    private final Map<String, HeldSession> held = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;
    private final VerificationProperties policy;

    /** Sessions in this process's memory. */
    public ResetSessions(Clock clock, Duration lifetime, VerificationProperties policy) {
        this(clock, lifetime, policy, new MemorySharedMaps(clock), null);
    }

    /**
     * Sessions in {@code maps}; in a shared store each is sealed with {@code cipher} (it holds the account's
     * registrations). An entry is dropped an hour after its last write, well after its lifetime.
     */
    public ResetSessions(Clock clock, Duration lifetime, VerificationProperties policy, SharedMaps maps,
            SecretCipher cipher) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.policy = policy;
        this.sessions = maps.map(new SharedMaps.Spec<>("reset-sessions", codec(cipher), Duration.ofHours(1),
                MAX_SESSIONS));
    }

    /**
     * Sessions as a shared store keeps them: sealed, since they hold the account's registrations and contacts.
     * Without a key (in memory only, where nothing is written) there is no codec to use.
     */
    static org.resetdesk.state.Codec<ResetSession> codec(SecretCipher cipher) {
        return cipher == null ? new JsonCodec<>(ResetSession.class)
                : new SealedJsonCodec<>(ResetSession.class, cipher, "reset-session");
    }

    /** Starts a new session for the conversation, replacing any earlier one. */
    public ResetSession start(String conversationId, String correlationId, AuditEvent.Flow flow, String subjectKey,
            String typedName, String nameKey, Optional<DirectoryUser> user, Enrollment enrollment, boolean trusted) {
        ResetSession session = ResetSession.started(correlationId, flow, clock.instant(), subjectKey, typedName,
                nameKey, user, enrollment, trusted);
        changeLater(conversationId, session, false);
        return session;
    }

    /** The conversation's session while its lifetime lasts. */
    public Optional<ResetSession> current(String conversationId) {
        HeldSession turn = held.get(conversationId);
        return (turn != null ? Optional.ofNullable(turn.current()) : sessions.get(conversationId)).filter(this::alive);
    }

    /**
     * Replaces the conversation's session with {@code session}, a later state of it; nothing when the session was
     * claimed, ended or replaced by another meanwhile.
     */
    void update(String conversationId, ResetSession session) {
        changeLater(conversationId, session, true);
    }

    /**
     * Moves the conversation's session from {@code expected} to {@code next} only if nothing else moved it meanwhile;
     * of several turns arriving at the same moment, one wins.
     */
    boolean advance(String conversationId, ResetSession expected, ResetSession next) {
        boolean[] moved = {false};
        change(conversationId, current -> {
            moved[0] = expected.equals(current);
            return moved[0] ? next : current;
        });
        return moved[0];
    }

    /**
     * Takes the session for one change: of several changes arriving at the same moment with the same session, only
     * one gets it. Hand it back with {@link #giveBack} when the change did not happen.
     */
    public boolean claim(String conversationId, ResetSession session) {
        boolean[] claimed = {false};
        change(conversationId, current -> {
            claimed[0] = session.equals(current);
            return claimed[0] ? null : current;
        });
        return claimed[0];
    }

    /** A claimed session whose change did not happen, unless the conversation has started another since. */
    public void giveBack(String conversationId, ResetSession session) {
        change(conversationId, current -> current == null ? session : current);
    }

    /**
     * Puts the account as it is after a change of its registrations ({@code user} with the contacts in force) into the
     * conversation's session, unless the session has moved on meanwhile.
     *
     * @return the session as it is now
     */
    public Optional<ResetSession> changed(String conversationId, ResetSession expected, DirectoryUser user,
            Enrollment enrollment) {
        if (!expected.real() || !expected.userId().equals(user.id())) {
            throw new IllegalArgumentException("the session's account is another one");
        }
        ResetSession next = expected.withAccount(user, enrollment);
        return advance(conversationId, expected, next) ? Optional.of(next) : current(conversationId);
    }

    /** Ends the conversation's session (the user gives up or names another account; a change claims it instead). */
    public void end(String conversationId) {
        change(conversationId, current -> null);
    }

    /**
     * The session, if it may change its account now: a real account, every method the policy requires for it proven
     * (two for an administrator, never security questions), within the lifetime.
     */
    public Optional<ResetSession> verified(String conversationId) {
        return current(conversationId).filter(this::verifies);
    }

    /** Whether {@code session}, as just read, may change its account now (as {@link #verified}). */
    public boolean verifies(ResetSession session) {
        return session.real() && satisfiesPolicy(session) && alive(session);
    }

    /** {@link #verified}, and only if it is the session {@code expected} names. */
    public Optional<ResetSession> verified(String conversationId, ResetSession.Ref expected) {
        return verified(conversationId).filter(session -> session.ref().equals(expected));
    }

    /**
     * Changes the conversation's session in the store now (over what its turn has made of it, if a turn holds it
     * here), and in what its turn holds.
     */
    private void change(String conversationId, UnaryOperator<ResetSession> change) {
        HeldSession turn = held.get(conversationId);
        ResetSession now = sessions.compute(conversationId, turn == null ? change
                : stored -> change.apply(turn.over(stored)));
        if (turn != null) {
            turn.written(now);
        }
    }

    /**
     * Replaces the conversation's session: when its turn holds it here, in the turn (written when the turn gives its
     * lease back, in that round trip); else in the store now.
     */
    private void changeLater(String conversationId, ResetSession session, boolean sameSession) {
        HeldSession turn = held.get(conversationId);
        if (turn == null || !turn.later(sessions, conversationId, session, sameSession)) {
            change(conversationId, previous -> !sameSession || sameSession(previous, session) ? session : previous);
        }
    }

    /** Whether {@code next} is a later state of {@code current} (same correlation id). */
    static boolean sameSession(ResetSession current, ResetSession next) {
        return current != null && current.correlationId().equals(next.correlationId());
    }

    /**
     * The lease of the conversation's turn when one holds it on this instance: what the turn leaves for its release is
     * written when it gives the lease back. For that turn only: anything else (a password link's page) makes its
     * changes at once.
     */
    public Optional<Leases.Held> lease(String conversationId) {
        return Optional.ofNullable(held.get(conversationId)).map(HeldSession::lease);
    }

    @Override
    public KeyChange<?> reading(String conversationId) {
        return KeyChange.read(sessions, conversationId);
    }

    @Override
    public void held(String conversationId, KeyChange<?> read, Leases.Held lease) {
        held.put(conversationId, new HeldSession(lease, (ResetSession) read.result()));
    }

    @Override
    public void released(String conversationId, Leases.Held lease) {
        held.computeIfPresent(conversationId, (id, turn) -> turn.lease() == lease ? null : turn);
    }

    /** The verification the session's account needs. */
    public VerificationRequirement requirement(ResetSession session) {
        return policy.requirementFor(session.administrator());
    }

    private boolean satisfiesPolicy(ResetSession session) {
        VerificationRequirement requirement = requirement(session);
        return session.proven().size() >= requirement.required()
                && session.proven().stream().allMatch(requirement::allows);
    }

    private boolean alive(ResetSession session) {
        return clock.instant().isBefore(session.startedAt().plus(lifetime));
    }
}
