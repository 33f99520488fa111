package org.resetdesk.registration;

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

/**
 * After a passed proof in the registration flow: changes are allowed (see {@link RegistrationDrafts#allows}), or
 * another method is needed first.
 */
final class ProvenStep extends SessionStep {

    private final ResetSessions sessions;
    private final RegistrationDrafts drafts;
    private final FlowReplies replies;

    ProvenStep(ResetSessions sessions, RegistrationDrafts drafts, FlowReplies replies) {
        super(sessions);
        this.sessions = sessions;
        this.drafts = drafts;
        this.replies = replies;
    }

    @Override
    public String id() {
        return "registration-proven";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of("verified", "more", FlowReplies.EXPIRED, OTHER);
    }

    @Override
    protected CompletableFuture<StepResult> handle(StepContext context, ResetSession session, DialogInput input) {
        if (drafts.allows(context.caller().conversationId(), session)) {
            return replies.outcome("verified", replies.reply(context.language(), "reset.verified")).now();
        }
        String key = session.administrator() ? "reset.second-method-admin" : "reset.second-method";
        return replies.outcome("more", replies.reply(context.language(), key,
                Map.of("required", Integer.toString(sessions.requirement(session).required())))).now();
    }
}
