package org.resetdesk.reset;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;

/** Takes one security answer; see {@link QuestionRounds}. */
final class CheckAnswerStep extends SessionStep {

    private final QuestionRounds rounds;
    private final Proofs proofs;

    CheckAnswerStep(ResetSessions sessions, QuestionRounds rounds, Proofs proofs) {
        super(sessions);
        this.rounds = rounds;
        this.proofs = proofs;
    }

    @Override
    public String id() {
        return "check-answer";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of(QuestionRounds.NEXT, Proofs.PASSED, Proofs.WRONG, OTHER, FlowSupport.BLOCKED,
                FlowSupport.EXPIRED);
    }

    @Override
    CompletableFuture<StepResult> handle(StepContext context, ResetSession session, DialogInput input) {
        return decide(context, session, input).now();
    }

    private StepResult decide(StepContext context, ResetSession session, DialogInput input) {
        var blocked = proofs.begin(context, session);
        if (blocked.isPresent()) {
            return blocked.get();
        }
        return rounds.answer(context, session, ((DialogInput.Secret) input).value());
    }
}
