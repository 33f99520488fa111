package org.resetdesk.reset;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.text.Reply;
import org.resetdesk.verification.ProofThrottle;
import org.resetdesk.verification.ThrottleDecision;
import org.resetdesk.verification.VerificationMethod;

/**
 * The bookkeeping around a proof: the throttle reservation before a code is checked ({@link ProofThrottle#begin}),
 * and after any proof the session, the audit trail and the throttle's count (security questions are counted in
 * advance by {@link QuestionRounds} instead). A decoy session never passes, whatever was typed.
 */
final class Proofs {

    static final String PASSED = "passed";
    static final String WRONG = "wrong";

    private final ResetSessions sessions;
    private final ProofThrottle throttle;
    private final FlowSupport support;

    Proofs(ResetSessions sessions, ProofThrottle throttle, FlowSupport support) {
        this.sessions = sessions;
        this.throttle = throttle;
        this.support = support;
    }

    /** Reserves an attempt; a blocked result to return at once, or empty to go on (then call a finishing method). */
    Optional<StepResult> begin(StepContext context, ResetSession session) {
        if (throttle.begin(session.limitKeys(), context.caller().conversationId())
                instanceof ThrottleDecision.Blocked blocked) {
            return Optional.of(support.blocked(context, session, blocked.until()));
        }
        return Optional.empty();
    }

    /** Ends a reserved attempt that neither passed nor failed (an expired code). */
    void release(StepContext context, ResetSession session) {
        throttle.finish(session.limitKeys(), context.caller().conversationId(), true);
    }

    StepResult passed(StepContext context, ResetSession session, VerificationMethod method) {
        throttle.finish(session.limitKeys(), context.caller().conversationId(), true);
        return recorded(context, session, method);
    }

    /** A proof that reserved nothing ({@link QuestionRounds} counts a round in advance instead) passed. */
    StepResult recorded(StepContext context, ResetSession session, VerificationMethod method) {
        sessions.update(context.caller().conversationId(), session.withProof(method));
        support.record(new AuditEvent.ProofPassed(support.context(session, context.caller()), method.name()));
        return StepResult.of(PASSED);
    }

    /** A wrong proof: counted, audited, and answered with {@code replyKey} (or the block, if this was one too many). */
    StepResult failed(StepContext context, ResetSession session, VerificationMethod method, String failure,
            String replyKey, Map<String, String> slots) {
        ThrottleDecision next = throttle.finish(session.limitKeys(), context.caller().conversationId(), false);
        support.record(new AuditEvent.ProofFailed(support.context(session, context.caller()), method.name(),
                failure));
        if (next instanceof ThrottleDecision.Blocked blocked) {
            return support.blocked(context, session, blocked.until());
        }
        Reply reply = support.reply(context.language(), replyKey);
        return new StepResult(WRONG, List.of(reply), slots);
    }
}
