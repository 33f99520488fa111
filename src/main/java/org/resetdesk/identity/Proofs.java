package org.resetdesk.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.text.Reply;
import org.resetdesk.verification.CodeAttempt;
import org.resetdesk.verification.OneTimeCodes;
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
    private final FlowReplies replies;
    private final FlowAudit audit;

    Proofs(ResetSessions sessions, ProofThrottle throttle, FlowReplies replies, FlowAudit audit) {
        this.sessions = sessions;
        this.throttle = throttle;
        this.replies = replies;
        this.audit = audit;
    }

    /** Reserves an attempt; a blocked result to return at once, or empty to go on (then call a finishing method). */
    Optional<StepResult> begin(StepContext context, ResetSession session) {
        if (throttle.begin(session.limitKeys(), context.caller().conversationId())
                instanceof ThrottleDecision.Blocked blocked) {
            return Optional.of(replies.blocked(context, session, blocked.until()));
        }
        return Optional.empty();
    }

    /**
     * Reserves an attempt and checks {@code digits} against the code delivered for {@code method}, in one round trip;
     * a {@link CodeAttempt.Checked checked} attempt is then finished with one of the finishing methods.
     */
    CodeAttempt checkCode(StepContext context, ResetSession session, OneTimeCodes codes, VerificationMethod method,
            String digits) {
        return codes.verify(session.subjectKey(), method, context.caller().conversationId(), digits, throttle,
                session.limitKeys());
    }

    /** The answer to an attempt the throttle refused. */
    StepResult blocked(StepContext context, ResetSession session, Instant until) {
        return replies.blocked(context, session, until);
    }

    /** Ends a reserved attempt that neither passed nor failed (an expired code). */
    void release(StepContext context, ResetSession session) {
        finishPassed(context, session);
    }

    StepResult passed(StepContext context, ResetSession session, VerificationMethod method) {
        finishPassed(context, session);
        return recorded(context, session, method);
    }

    /** Nothing the turn answers depends on it: with the turn's lease, it goes with the lease's release. */
    private void finishPassed(StepContext context, ResetSession session) {
        String conversation = context.caller().conversationId();
        throttle.passedOnRelease(session.limitKeys(), conversation, sessions.lease(conversation));
    }

    /** A proof that reserved nothing ({@link QuestionRounds} counts a round in advance instead) passed. */
    StepResult recorded(StepContext context, ResetSession session, VerificationMethod method) {
        sessions.update(context.caller().conversationId(), session.withProof(method));
        audit.record(new AuditEvent.ProofPassed(audit.context(session, context.caller()), method.name()));
        return StepResult.of(PASSED);
    }

    /** A wrong proof: counted, audited, and answered with {@code replyKey} (or the block, if this was one too many). */
    StepResult failed(StepContext context, ResetSession session, VerificationMethod method, String failure,
            String replyKey, Map<String, String> slots) {
        ThrottleDecision next = throttle.finish(session.limitKeys(), context.caller().conversationId(), false);
        audit.record(new AuditEvent.ProofFailed(audit.context(session, context.caller()), method.name(),
                failure));
        if (next instanceof ThrottleDecision.Blocked blocked) {
            return replies.blocked(context, session, blocked.until());
        }
        Reply reply = replies.reply(context.language(), replyKey);
        return new StepResult(WRONG, List.of(reply), slots);
    }
}
