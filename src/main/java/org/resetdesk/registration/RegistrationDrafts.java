package org.resetdesk.registration;

import java.time.Duration;
import java.util.function.UnaryOperator;

import org.resetdesk.crypto.SecretCipher;
import org.resetdesk.identity.Methods;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.state.SealedJsonCodec;
import org.resetdesk.state.SharedMap;
import org.resetdesk.state.SharedMaps;

/**
 * Each conversation's registration {@link Draft}, and the rule that decides who may change methods: the same
 * conversation must have proven the account (on an anonymous channel: the reset policy's full proof; a signed-in Teams
 * user naming their own account: one method they already have, or none when they have none). The decision is taken
 * once per flow run and kept, so that the first method a Teams user adds does not take their access away.
 * Thread-safe; kept in the shared-state store (sealed), bounded, and dropped an hour after their last change.
 */
final class RegistrationDrafts {

    private final SharedMap<Draft> drafts;
    private final ResetSessions sessions;
    private final Methods methods;

    /** Drafts kept in {@code maps}, sealed with {@code cipher}: a draft may hold an authenticator key. */
    RegistrationDrafts(ResetSessions sessions, Methods methods, SharedMaps maps, SecretCipher cipher) {
        this.sessions = sessions;
        this.methods = methods;
        this.drafts = maps.map(new SharedMaps.Spec<>("registration-drafts",
                new SealedJsonCodec<>(Draft.class, cipher, "registration-draft"), Duration.ofHours(1), 100_000));
    }

    /** The draft of the session's flow run (a new one when the conversation's draft belongs to an earlier run). */
    Draft of(String conversationId, ResetSession session) {
        return drafts.get(conversationId).filter(draft -> draft.correlationId().equals(session.correlationId()))
                .orElseGet(() -> Draft.fresh(session.correlationId()));
    }

    /** Changes the session's draft. */
    Draft change(String conversationId, ResetSession session, UnaryOperator<Draft> change) {
        return drafts.compute(conversationId, current -> change.apply(
                current != null && current.correlationId().equals(session.correlationId()) ? current
                        : Draft.fresh(session.correlationId())));
    }

    /** Whether the session may change its account's methods now; decided at the first ask and kept. */
    boolean allows(String conversationId, ResetSession session) {
        if (!session.real() || session.flow() != org.resetdesk.audit.AuditEvent.Flow.REGISTER_METHODS) {
            return false;
        }
        if (of(conversationId, session).granted()) {
            return true;
        }
        boolean proven = sessions.verified(conversationId)
                .filter(verified -> verified.correlationId().equals(session.correlationId())).isPresent()
                || session.trusted() && (!session.proven().isEmpty() || methods.usable(session).isEmpty());
        if (proven) {
            change(conversationId, session, Draft::withGrant);
        }
        return proven;
    }

    void forget(String conversationId) {
        drafts.remove(conversationId);
    }
}
