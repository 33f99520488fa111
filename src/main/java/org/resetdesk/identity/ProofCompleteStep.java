package org.resetdesk.identity;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.verification.VerificationRequirement;

/** After a passed proof: either the policy is satisfied, or another method is needed (administrators: always). */
final class ProofCompleteStep extends SessionStep {

    private final ResetSessions sessions;
    private final FlowReplies replies;

    ProofCompleteStep(ResetSessions sessions, FlowReplies replies) {
        super(sessions);
        this.sessions = sessions;
        this.replies = replies;
    }

    @Override
    public String id() {
        return "proof-complete";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of("verified", "more", FlowReplies.EXPIRED, OTHER);
    }

    @Override
    protected CompletableFuture<StepResult> handle(StepContext context, ResetSession session, DialogInput input) {
        return decide(context, session, input).now();
    }

    private StepResult decide(StepContext context, ResetSession session, DialogInput input) {
        if (sessions.verifies(session)) {
            return replies.outcome("verified", replies.reply(context.language(), "reset.verified"));
        }
        VerificationRequirement requirement = sessions.requirement(session);
        String key = session.administrator() ? "reset.second-method-admin" : "reset.second-method";
        return replies.outcome("more", replies.reply(context.language(), key,
                Map.of("required", Integer.toString(requirement.required()))));
    }
}
