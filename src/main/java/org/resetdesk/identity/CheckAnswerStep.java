package org.resetdesk.identity;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;

/** Takes one security answer; see {@link QuestionRounds}. */
final class CheckAnswerStep extends SessionStep {

    private final QuestionRounds rounds;

    CheckAnswerStep(ResetSessions sessions, QuestionRounds rounds) {
        super(sessions);
        this.rounds = rounds;
    }

    @Override
    public String id() {
        return "check-answer";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of(QuestionRounds.NEXT, Proofs.PASSED, Proofs.WRONG, OTHER, FlowReplies.BLOCKED,
                FlowReplies.EXPIRED);
    }

    @Override
    protected CompletableFuture<StepResult> handle(StepContext context, ResetSession session, DialogInput input) {
        return rounds.answer(context, session, ((DialogInput.Secret) input).value()).now();
    }

    /** "Use another method" half way through a round: the round stays a failed proof. */
    @Override
    protected void leaving(StepContext context, ResetSession session) {
        rounds.abandon(context.caller(), session);
    }
}
