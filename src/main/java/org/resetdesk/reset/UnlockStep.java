package org.resetdesk.reset;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.identity.SessionStep;

/** Clears the verified account's lockout, without touching its password. */
final class UnlockStep extends SessionStep {

    private final PasswordChanges changes;

    UnlockStep(ResetSessions sessions, PasswordChanges changes) {
        super(sessions);
        this.changes = changes;
    }

    @Override
    public String id() {
        return "unlock";
    }

    /** The directory cannot unlock (Entra ID): the user is told why and offered a reset. */
    static final String CANNOT_UNLOCK = "cannot-unlock";

    @Override
    public Set<String> outcomes() {
        return Set.of("unlocked", "not-locked", CANNOT_UNLOCK, SetPasswordStep.FAILED, FlowReplies.EXPIRED, OTHER);
    }

    @Override
    protected CompletableFuture<StepResult> handle(StepContext context, ResetSession session, DialogInput input) {
        return changes.unlock(context.caller(), session.ref(), context.language()).thenApply(UnlockStep::outcome);
    }

    private static StepResult outcome(ChangeResult result) {
        if (result instanceof ChangeResult.Done) {
            return StepResult.of("unlocked");
        }
        if (result instanceof ChangeResult.NothingToDo) {
            return StepResult.of("not-locked");
        }
        if (result instanceof ChangeResult.NotVerified) {
            return StepResult.of(FlowReplies.EXPIRED);
        }
        if (result instanceof ChangeResult.Failed failed && failed.kind() == ChangeResult.Failed.Kind.CANNOT_UNLOCK) {
            return StepResult.of(CANNOT_UNLOCK);
        }
        return StepResult.of(SetPasswordStep.FAILED);
    }
}
