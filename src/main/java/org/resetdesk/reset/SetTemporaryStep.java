package org.resetdesk.reset;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.password.PasswordUser;
import org.resetdesk.password.TemporaryPasswordGenerator;

/**
 * Sets a generated password that must be changed at the next sign-in, and shows it once. It is the one password a
 * reply may carry: the user needs it to sign in, and it stops working at that sign-in.
 */
final class SetTemporaryStep extends SessionStep {

    private final PasswordChanges changes;
    private final TemporaryPasswordGenerator generator;
    private final FlowSupport support;

    SetTemporaryStep(ResetSessions sessions, PasswordChanges changes, TemporaryPasswordGenerator generator,
            FlowSupport support) {
        super(sessions);
        this.changes = changes;
        this.generator = generator;
        this.support = support;
    }

    @Override
    public String id() {
        return "set-temporary";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of(SetPasswordStep.DONE, SetPasswordStep.FAILED, SetPasswordStep.REJECTED, SetPasswordStep.UNKNOWN,
                SetPasswordStep.SYNCED, FlowSupport.EXPIRED, OTHER);
    }

    @Override
    CompletableFuture<StepResult> handle(StepContext context, ResetSession session, DialogInput input) {
        DirectoryUser user = session.user().orElseThrow(() -> new IllegalStateException("not a real account"));
        String temporary = generator.generate(new PasswordUser(user.firstName(), user.lastName(), user.upn()));
        return changes.resetPassword(context.caller(), session.ref(), temporary, true, context.language())
                .thenApply(result -> {
                    if (result instanceof ChangeResult.Done) {
                        return support.outcome(SetPasswordStep.DONE, support.reply(context.language(),
                                "reset.temporary-password", Map.of("password", temporary)).shownOnce());
                    }
                    return SetPasswordStep.outcome(context, result, support);
                });
    }
}
