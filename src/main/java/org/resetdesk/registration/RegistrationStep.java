package org.resetdesk.registration;

import java.util.concurrent.CompletableFuture;

import org.resetdesk.dialog.Caller;
import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.identity.SessionStep;

/**
 * A step that changes registered methods: it runs only while the conversation's session allows changes
 * ({@link RegistrationDrafts#allows}); otherwise, as when the session expired, the flow goes to {@code expired}. The
 * "back" option ({@value SessionStep#OTHER}) drops the change under way.
 */
abstract class RegistrationStep extends SessionStep {

    final RegistrationDrafts drafts;

    RegistrationStep(ResetSessions sessions, RegistrationDrafts drafts) {
        super(sessions);
        this.drafts = drafts;
    }

    @Override
    protected final CompletableFuture<StepResult> handle(StepContext context, ResetSession session,
            DialogInput input) {
        if (!drafts.allows(context.caller().conversationId(), session)) {
            return StepResult.of(FlowReplies.EXPIRED).now();
        }
        return handleAllowed(context, session, input);
    }

    abstract CompletableFuture<StepResult> handleAllowed(StepContext context, ResetSession session, DialogInput input);

    @Override
    protected void leaving(StepContext context, ResetSession session) {
        drafts.change(context.caller().conversationId(), session, Draft::cleared);
    }

    @Override
    public void onCancel(Caller caller) {
        super.onCancel(caller);
        drafts.forget(caller.conversationId());
    }

    /** The session of this flow run, if it may change methods now. */
    java.util.Optional<ResetSession> allowed(StepContext context) {
        return session(context).filter(session -> drafts.allows(context.caller().conversationId(), session));
    }
}
