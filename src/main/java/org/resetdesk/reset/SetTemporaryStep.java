package org.resetdesk.reset;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.identity.SessionStep;
import org.resetdesk.password.PasswordUser;
import org.resetdesk.password.TemporaryPasswordGenerator;

/**
 * Sets a generated password that must be changed at the next sign-in, and shows it once. It is the one password a
 * reply may carry: the user needs it to sign in, and it stops working at that sign-in.
 */
final class SetTemporaryStep extends SessionStep {

    private final PasswordChanges changes;
    private final TemporaryPasswordGenerator generator;
    private final FlowReplies replies;

    SetTemporaryStep(ResetSessions sessions, PasswordChanges changes, TemporaryPasswordGenerator generator,
            FlowReplies replies) {
        super(sessions);
        this.changes = changes;
        this.generator = generator;
        this.replies = replies;
    }

    @Override
    public String id() {
        return "set-temporary";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of(SetPasswordStep.DONE, SetPasswordStep.FAILED, SetPasswordStep.REJECTED, SetPasswordStep.UNKNOWN,
                SetPasswordStep.SYNCED, FlowReplies.EXPIRED, OTHER);
    }

    @Override
    protected CompletableFuture<StepResult> handle(StepContext context, ResetSession session, DialogInput input) {
        DirectoryUser user = session.user().orElseThrow(() -> new IllegalStateException("not a real account"));
        String temporary = generator.generate(new PasswordUser(user.firstName(), user.lastName(), user.upn()));
        return changes.resetPassword(context.caller(), session.ref(), temporary, true, context.language())
                .thenApply(result -> {
                    if (result instanceof ChangeResult.Done) {
                        return replies.outcome(SetPasswordStep.DONE, replies.reply(context.language(),
                                "reset.temporary-password", Map.of("password", temporary)).shownOnce());
                    }
                    return SetPasswordStep.outcome(context, result, replies);
                });
    }
}
