package org.resetdesk.identity;

import java.util.List;
import java.util.Map;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.dialog.Caller;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.text.Reply;
import org.resetdesk.verification.DecoyQuestions;
import org.resetdesk.verification.ProofThrottle;
import org.resetdesk.verification.SecurityAnswers;
import org.resetdesk.verification.ThrottleDecision;
import org.resetdesk.verification.VerificationMethod;

/**
 * Security questions, asked in rounds: a random selection of the registered questions, one at a time, judged only
 * after the last so the user never learns which answer was wrong; a wrong round starts a fresh selection. Each round
 * counts as one failed proof from the moment it is asked until it is passed, so questions cannot be collected for
 * free by leaving rounds half answered. A decoy is asked questions derived from the canonical form of the typed name,
 * and its answers are checked against nothing in the same time a real check takes.
 */
final class QuestionRounds {

    static final String NEXT = "next";

    private final ResetSessions sessions;
    private final Methods methods;
    private final SecurityAnswers answers;
    private final DecoyQuestions decoys;
    private final Proofs proofs;
    private final ProofThrottle throttle;
    private final FlowReplies replies;
    private final FlowAudit audit;

    QuestionRounds(ResetSessions sessions, Methods methods, SecurityAnswers answers, DecoyQuestions decoys,
            Proofs proofs, ProofThrottle throttle, FlowReplies replies, FlowAudit audit) {
        this.sessions = sessions;
        this.methods = methods;
        this.answers = answers;
        this.decoys = decoys;
        this.proofs = proofs;
        this.throttle = throttle;
        this.replies = replies;
        this.audit = audit;
    }

    /** Starts a round; blocked instead when the failures (rounds included) already reach the limit. */
    StepResult firstRound(StepContext context, ResetSession session) {
        return newRound(context, session, "questions", List.of());
    }

    /**
     * Checks one answer of the round and says what comes next. The round was counted as a failed proof when it was
     * asked ({@link ProofThrottle#charge}), so the answers in between need no reservation of their own; parallel
     * answers to one question are told apart by moving the session on atomically, and only the first one counts.
     */
    StepResult answer(StepContext context, ResetSession session, String answer) {
        String conversation = context.caller().conversationId();
        // No throttle check here: the round was allowed, and counted, when it was asked.
        int index = session.answered();
        if (index >= session.questions().size()) {
            return newRound(context, session, NEXT, List.of());
        }
        String key = session.questions().get(index);
        boolean right = registered(session).stream()
                .filter(question -> question.questionKey().equals(key))
                .findFirst()
                .map(question -> answers.matches(answer, question.answerHash()))
                .orElseGet(() -> answers.matchesNothing(answer));
        ResetSession after = session.answered(right);
        if (!sessions.advance(conversation, session, after)) {
            // Another answer to this question arrived at the same moment and was taken first: ask what is current.
            return sessions.current(conversation).filter(current -> current.answered() < current.questions().size())
                    .map(current -> new StepResult(NEXT, List.of(), slots(context, current)))
                    .orElseGet(() -> StepResult.of(FlowReplies.EXPIRED));
        }
        if (after.answered() < after.questions().size()) {
            return new StepResult(NEXT, List.of(), slots(context, after));
        }
        if (after.answersRight() && allowed(after)) {
            throttle.refund(after.limitKeys(), conversation);
            return proofs.recorded(context, after, VerificationMethod.SECURITY_QUESTIONS);
        }
        audit.record(new AuditEvent.ProofFailed(audit.context(after, context.caller()),
                VerificationMethod.SECURITY_QUESTIONS.name(), "wrong-answers"));
        if (throttle.settle(after.limitKeys(), conversation) instanceof ThrottleDecision.Blocked blocked) {
            return replies.blocked(context, after, blocked.until());
        }
        return newRound(context, after, Proofs.WRONG,
                List.of(replies.reply(context.language(), "reset.answers-wrong")));
    }

    /**
     * A round that is still open when the user leaves it has already counted as a failed proof (whether they leave by
     * "Use another method", cancel, another account or by going away); here it is closed and audited as abandoned.
     *
     * @return the session as it is now
     */
    ResetSession abandon(Caller caller, ResetSession session) {
        if (session.answered() >= session.questions().size()) {
            return session;
        }
        audit.record(new AuditEvent.ProofFailed(audit.context(session, caller),
                VerificationMethod.SECURITY_QUESTIONS.name(), "abandoned"));
        // Counted already; it may be the failure that reaches the limit.
        throttle.settle(session.limitKeys(), caller.conversationId());
        ResetSession closed = session.askingQuestions(List.of());
        return sessions.advance(caller.conversationId(), session, closed) ? closed : session;
    }

    private StepResult newRound(StepContext context, ResetSession session, String outcome, List<Reply> before) {
        if (throttle.charge(session.limitKeys(), context.caller().conversationId())
                instanceof ThrottleDecision.Blocked blocked) {
            return replies.blocked(context, session, blocked.until());
        }
        List<String> pool = allowed(session)
                ? registered(session).stream().map(Enrollment.RegisteredQuestion::questionKey).toList()
                : decoys.registeredFor(session.nameKey());
        ResetSession asking = session.askingQuestions(answers.select(pool));
        sessions.update(context.caller().conversationId(), asking);
        return new StepResult(outcome, before, slots(context, asking));
    }

    private boolean allowed(ResetSession session) {
        return methods.usable(session).contains(VerificationMethod.SECURITY_QUESTIONS)
                && registeredQuestions(session).size() >= answers.asked();
    }

    private List<Enrollment.RegisteredQuestion> registered(ResetSession session) {
        return allowed(session) ? registeredQuestions(session) : List.of();
    }

    private static List<Enrollment.RegisteredQuestion> registeredQuestions(ResetSession session) {
        List<Enrollment.RegisteredQuestion> all = session.enrollment().questions();
        if (session.trusted() || !session.proven().isEmpty()) {
            return all;
        }
        // Before any proof on an anonymous channel, only the admin's questions: decoys are drawn from those, and a
        // question a user wrote themselves would tell a real account from a decoy.
        return all.stream()
                .filter(question -> Enrollment.RegisteredQuestion.customText(question.questionKey()) == null).toList();
    }

    private Map<String, String> slots(StepContext context, ResetSession session) {
        String key = session.questions().get(session.answered());
        String custom = Enrollment.RegisteredQuestion.customText(key);
        return Map.of("question", custom != null ? custom : replies.text(context.language(), key, Map.of()),
                "questionNumber", Integer.toString(session.answered() + 1),
                "questionCount", Integer.toString(session.questions().size()));
    }
}
