package org.resetdesk.reset;

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

/** Gives the verified user a single-use link to set the password on ResetDesk's own page, outside the chat. */
final class SendLinkStep extends SessionStep {

    private final ResetSessions sessions;
    private final PasswordLinks links;
    private final ResetProperties properties;
    private final FlowReplies replies;

    SendLinkStep(ResetSessions sessions, PasswordLinks links, ResetProperties properties, FlowReplies replies) {
        super(sessions);
        this.sessions = sessions;
        this.links = links;
        this.properties = properties;
        this.replies = replies;
    }

    @Override
    public String id() {
        return "send-link";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of("sent", FlowReplies.EXPIRED, OTHER);
    }

    @Override
    protected CompletableFuture<StepResult> handle(StepContext context, ResetSession session, DialogInput input) {
        return decide(context, session, input).now();
    }

    private StepResult decide(StepContext context, ResetSession session, DialogInput input) {
        if (sessions.verified(context.caller().conversationId(), session.ref()).isEmpty()) {
            return StepResult.of(FlowReplies.EXPIRED);
        }
        String url = links.create(context.caller(), session.ref(), context.language());
        return replies.outcome("sent", replies.reply(context.language(), "reset.link", Map.of("url", url,
                "minutes", Long.toString(properties.linkLifetime().toMinutes()))).shownOnce());
    }
}
