package org.resetdesk.registration;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.dialog.DialogInput;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.identity.FlowAudit;
import org.resetdesk.identity.FlowReplies;
import org.resetdesk.identity.NoticeSender;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.notify.Notification;
import org.resetdesk.verification.CodeIssue;
import org.resetdesk.verification.OneTimeCodes;
import org.resetdesk.verification.VerificationProperties;

/**
 * Takes a new alternate email or mobile phone and sends a code to it: the contact counts only once that code comes
 * back ({@link ConfirmContactStep}). Codes count against the account's and the conversation's code limits.
 */
final class ContactStep extends RegistrationStep {

    static final String SENT = "code-sent";
    static final String NOT_SENT = "not-sent";
    static final String INVALID = "invalid";
    static final String UNCHANGED = "unchanged";

    private final ContactKind kind;
    private final OneTimeCodes codes;
    private final NoticeSender sender;
    private final FlowReplies replies;
    private final FlowAudit audit;
    private final long minutes;

    ContactStep(ContactKind kind, ResetSessions sessions, RegistrationDrafts drafts, OneTimeCodes codes,
            NoticeSender sender, FlowReplies replies, FlowAudit audit, VerificationProperties policy) {
        super(sessions, drafts);
        this.kind = kind;
        this.codes = codes;
        this.sender = sender;
        this.replies = replies;
        this.audit = audit;
        this.minutes = Math.max(1, policy.codes().lifetime().toMinutes());
    }

    /** The key a confirmation code is bound to: the account, the kind of contact and the contact itself. */
    static String binding(ResetSession session, ContactKind kind, String value) {
        return "registration:" + session.userId() + ":" + kind + ":" + value;
    }

    @Override
    public String id() {
        return kind == ContactKind.EMAIL ? "registration-email" : "registration-phone";
    }

    @Override
    public Set<String> outcomes() {
        return Set.of(SENT, NOT_SENT, INVALID, UNCHANGED, FlowReplies.BLOCKED, FlowReplies.EXPIRED, OTHER);
    }

    @Override
    CompletableFuture<StepResult> handleAllowed(StepContext context, ResetSession session, DialogInput input) {
        Optional<String> typed = kind.normalise(((DialogInput.Text) input).value());
        String prefix = "register." + kind.optionId();
        if (typed.isEmpty()) {
            return replies.outcome(INVALID, replies.reply(context.language(), prefix + ".invalid")).now();
        }
        String value = typed.get();
        if (value.equals(kind.inForce(session.user().orElseThrow()))) {
            return replies.outcome(UNCHANGED, replies.reply(context.language(), prefix + ".unchanged")).now();
        }
        String conversation = context.caller().conversationId();
        CodeIssue issue = codes.issue(binding(session, kind, value), session.limitKeys(), kind.method(), conversation);
        if (issue instanceof CodeIssue.Throttled throttled) {
            return replies.blocked(context, session, throttled.retryAfter()).now();
        }
        drafts.change(conversation, session, draft -> draft.withContact(new Draft.PendingContact(kind, value)));
        Map<String, String> args = Map.of("code", ((CodeIssue.Issued) issue).code(),
                "minutes", Long.toString(minutes));
        Notification notification = new Notification(kind.channel(), value,
                replies.text(context.language(), "notify.code.subject", Map.of()),
                replies.text(context.language(), "notify.registration-code.body", args), context.language());
        return sender.send(notification, session.correlationId()).thenApply(sent -> {
            if (!sent) {
                audit.record(new AuditEvent.CodeNotSent(audit.context(session, context.caller()),
                        kind.method().name()));
                return replies.outcome(NOT_SENT, replies.reply(context.language(), "register.code-not-sent"));
            }
            audit.record(new AuditEvent.CodeSent(audit.context(session, context.caller()), kind.method().name(),
                    kind.masked(value)));
            return replies.outcome(SENT, replies.reply(context.language(), "register.code-sent",
                    Map.of("destination", kind.masked(value), "minutes", Long.toString(minutes))));
        });
    }
}
