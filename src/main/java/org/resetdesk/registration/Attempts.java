package org.resetdesk.registration;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.identity.FlowAudit;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.verification.ProofThrottle;
import org.resetdesk.verification.ThrottleDecision;

/**
 * A code typed to confirm a new method, counted like a proof: reserved before it is checked, a wrong one counted
 * against the account's and the conversation's failed-proof limit (and audited), so nobody can try codes until one
 * fits.
 */
final class Attempts {

    static final String WRONG = "wrong";
    static final String EXPIRED_CODE = "code-expired";

    /** What the check found. */
    enum Check { ACCEPTED, WRONG, EXPIRED }

    private final ProofThrottle throttle;
    private final ResetSessions sessions;
    private final FlowReplies replies;
    private final FlowAudit audit;

    Attempts(ProofThrottle throttle, ResetSessions sessions, FlowReplies replies, FlowAudit audit) {
        this.throttle = throttle;
        this.sessions = sessions;
        this.replies = replies;
        this.audit = audit;
    }

    /**
     * Runs {@code check}; empty when it accepted the code (go on), else the step's answer: blocked, the code expired,
     * or wrong (replied with {@code wrongKey}).
     */
    Optional<CompletableFuture<StepResult>> check(StepContext context, ResetSession session, String method,
            Supplier<Check> check, String wrongKey) {
        String conversation = context.caller().conversationId();
        if (throttle.begin(session.limitKeys(), conversation) instanceof ThrottleDecision.Blocked blocked) {
            return Optional.of(replies.blocked(context, session, blocked.until()).now());
        }
        Check result = check.get();
        if (result != Check.WRONG) {
            throttle.passedOnRelease(session.limitKeys(), conversation, sessions.lease(conversation));
            return result == Check.ACCEPTED ? Optional.empty() : Optional.of(replies.outcome(EXPIRED_CODE,
                    replies.reply(context.language(), "register.code-expired")).now());
        }
        ThrottleDecision next = throttle.finish(session.limitKeys(), conversation, false);
        audit.record(new AuditEvent.ProofFailed(audit.context(session, context.caller()), method, "wrong-code"));
        if (next instanceof ThrottleDecision.Blocked blocked) {
            return Optional.of(replies.blocked(context, session, blocked.until()).now());
        }
        return Optional.of(replies.outcome(WRONG, replies.reply(context.language(), wrongKey)).now());
    }
}
