package org.resetdesk.identity;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.dialog.Caller;
import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.DialogStep;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;

/**
 * A step that works on the conversation's {@link ResetSession}: when it has expired (or was never started here) the
 * flow goes to its {@code expired} outcome, and the "another method" button goes to {@code other}.
 */
public abstract class SessionStep implements DialogStep {

    public static final String OTHER = "other";

    private final ResetSessions sessions;

    protected SessionStep(ResetSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public final CompletableFuture<StepResult> handle(StepContext context, DialogInput input) {
        Optional<ResetSession> session = session(context);
        if (session.isEmpty()) {
            return StepResult.of(FlowReplies.EXPIRED).now();
        }
        if (input instanceof DialogInput.Choice choice && OTHER.equals(choice.optionId())) {
            leaving(context, session.get());
            return StepResult.of(OTHER).now();
        }
        return handle(context, session.get(), input);
    }

    /**
     * The conversation's session while it lasts, and only the one this run of the flow started: not one a later run
     * of the same conversation put in its place.
     */
    protected final Optional<ResetSession> session(StepContext context) {
        return sessions.current(context.caller().conversationId())
                .filter(current -> current.correlationId().equals(context.slot(BeginStep.REFERENCE,
                        current.correlationId())));
    }

    /** A cancelled flow ends the conversation's session: what it proved cannot be used later. */
    @Override
    public void onCancel(Caller caller) {
        sessions.end(caller.conversationId());
    }

    /** The user leaves this step for another way ("Use another method"); nothing to do by default. */
    protected void leaving(StepContext context, ResetSession session) {
    }

    protected abstract CompletableFuture<StepResult> handle(StepContext context, ResetSession session,
            DialogInput input);
}
