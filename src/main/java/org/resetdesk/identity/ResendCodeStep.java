package org.resetdesk.identity;

import java.util.Set;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.verification.VerificationMethod;

/** Sends a new code by the same method; the resend limits apply. */
final class ResendCodeStep extends SessionStep {

    private final CodeDelivery delivery;

    ResendCodeStep(ResetSessions sessions, CodeDelivery delivery) {
        super(sessions);
        this.delivery = delivery;
    }

    @Override
    public String id() {
        return "resend-code";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of(CodeDelivery.SENT, CodeDelivery.NOT_SENT, FlowReplies.BLOCKED, FlowReplies.EXPIRED, OTHER);
    }

    @Override
    protected java.util.concurrent.CompletableFuture<StepResult> handle(StepContext context, ResetSession session,
            DialogInput input) {
        VerificationMethod method = session.codeMethod() == null ? VerificationMethod.EMAIL_CODE
                : session.codeMethod();
        return delivery.send(context, session, method);
    }
}
