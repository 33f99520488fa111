package org.resetdesk.reset;

import java.util.List;
import java.util.Map;

import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.verification.DecoyQuestions;
import org.resetdesk.verification.SecurityAnswers;
import org.resetdesk.verification.VerificationMethod;

/**
 * Security questions, asked in rounds: a random selection of the registered questions, one at a time, judged only
 * after the last so the user never learns which answer was wrong; a wrong round starts a fresh selection. A decoy is
 * asked questions derived from the typed name, and its answers are checked against nothing in the same time a real
 * check takes.
 */
final class QuestionRounds {

    static final String NEXT = "next";

    private final ResetSessions sessions;
    private final Methods methods;
    private final SecurityAnswers answers;
    private final DecoyQuestions decoys;
    private final Proofs proofs;
    private final FlowSupport support;

    QuestionRounds(ResetSessions sessions, Methods methods, SecurityAnswers answers, DecoyQuestions decoys,
            Proofs proofs, FlowSupport support) {
        this.sessions = sessions;
        this.methods = methods;
        this.answers = answers;
        this.decoys = decoys;
        this.proofs = proofs;
        this.support = support;
    }

    StepResult firstRound(StepContext context, ResetSession session) {
        ResetSession asking = newRound(context, session);
        return new StepResult("questions", List.of(), slots(context, asking));
    }

    /** Checks one answer of the round and says what comes next. */
    StepResult answer(StepContext context, ResetSession session, String answer) {
        int index = session.answered();
        if (index >= session.questions().size()) {
            return firstRound(context, session);
        }
        String key = session.questions().get(index);
        boolean right = registered(session).stream()
                .filter(question -> question.questionKey().equals(key))
                .findFirst()
                .map(question -> answers.matches(answer, question.answerHash()))
                .orElseGet(() -> answers.matchesNothing(answer));
        ResetSession after = session.answered(right);
        if (after.answered() < after.questions().size()) {
            sessions.update(context.caller().conversationId(), after);
            proofs.release(context, session);
            return new StepResult(NEXT, List.of(), slots(context, after));
        }
        if (after.answersRight() && allowed(after)) {
            return proofs.passed(context, after, VerificationMethod.SECURITY_QUESTIONS);
        }
        ResetSession again = newRound(context, after);
        return proofs.failed(context, again, VerificationMethod.SECURITY_QUESTIONS, "wrong-answers",
                "reset.answers-wrong", slots(context, again));
    }

    private ResetSession newRound(StepContext context, ResetSession session) {
        List<String> pool = allowed(session)
                ? registered(session).stream().map(Enrollment.RegisteredQuestion::questionKey).toList()
                : decoys.registeredFor(session.typedName());
        ResetSession asking = session.askingQuestions(answers.select(pool));
        sessions.update(context.caller().conversationId(), asking);
        return asking;
    }

    private boolean allowed(ResetSession session) {
        return session.user().map(user -> methods.usable(user).contains(VerificationMethod.SECURITY_QUESTIONS))
                .orElse(false);
    }

    private List<Enrollment.RegisteredQuestion> registered(ResetSession session) {
        if (!allowed(session)) {
            return List.of();
        }
        return methods.enrollment(session.userId()).map(Enrollment::questions).orElse(List.of());
    }

    private Map<String, String> slots(StepContext context, ResetSession session) {
        String key = session.questions().get(session.answered());
        return Map.of("question", support.text(context.language(), key, Map.of()),
                "questionNumber", Integer.toString(session.answered() + 1),
                "questionCount", Integer.toString(session.questions().size()));
    }
}
