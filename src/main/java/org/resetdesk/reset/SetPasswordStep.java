package org.resetdesk.reset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.identity.SessionStep;
import org.resetdesk.text.Reply;

/** Takes the new password (from the card or typed) and commits it through {@link PasswordChanges}. */
final class SetPasswordStep extends SessionStep {

    static final String DONE = "done";
    static final String REJECTED = "rejected";
    static final String FAILED = "failed";
    /** The change was sent but not confirmed: the user is told it may not have happened, and what to do. */
    static final String UNKNOWN = "unknown";
    /** The account is managed by the on-premises directory. */
    static final String SYNCED = "synced";

    private final PasswordChanges changes;
    private final FlowReplies replies;

    SetPasswordStep(ResetSessions sessions, PasswordChanges changes, FlowReplies replies) {
        super(sessions);
        this.changes = changes;
        this.replies = replies;
    }

    @Override
    public String id() {
        return "set-password";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of(DONE, REJECTED, FAILED, UNKNOWN, SYNCED, FlowReplies.EXPIRED, OTHER);
    }

    @Override
    protected CompletableFuture<StepResult> handle(StepContext context, ResetSession session, DialogInput input) {
        String password = ((DialogInput.Secret) input).value();
        return changes.resetPassword(context.caller(), session.ref(), password, false, context.language())
                .thenApply(result -> outcome(context, result, replies));
    }

    /** The flow outcome of a change, with the reasons of a rejection. */
    static StepResult outcome(StepContext context, ChangeResult result, FlowReplies replies) {
        if (result instanceof ChangeResult.Rejected rejected) {
            List<String> texts = new ArrayList<>();
            texts.add(replies.text(context.language(), "reset.password-rejected", Map.of()));
            texts.addAll(rejected.reasons());
            return new StepResult(REJECTED, List.of(Reply.text(String.join("\n\n", texts), context.language())),
                    Map.of());
        }
        if (result instanceof ChangeResult.Failed failed) {
            return switch (failed.kind()) {
                case MAYBE_CHANGED -> StepResult.of(UNKNOWN);
                case MANAGED_ELSEWHERE -> StepResult.of(SYNCED);
                default -> StepResult.of(FAILED);
            };
        }
        if (result instanceof ChangeResult.NotVerified) {
            return StepResult.of(FlowReplies.EXPIRED);
        }
        return StepResult.of(DONE);
    }
}
