package org.resetdesk.identity;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.dialog.Caller;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.notify.Notification;
import org.resetdesk.text.Language;
import org.resetdesk.verification.CodeIssue;
import org.resetdesk.verification.OneTimeCodes;
import org.resetdesk.verification.ProofThrottle;
import org.resetdesk.verification.VerificationMethod;
import org.resetdesk.verification.VerificationProperties;

/**
 * Sends one-time codes by email or SMS. A decoy, or an account without that method, gets a code issued (so limits
 * and timing match) that is never sent, and the user reads the same "if the account exists" words; only a trusted
 * user sees where the code went, masked.
 */
final class CodeDelivery {

    static final String SENT = "code-sent";
    /** Only for a trusted user: the code could not be handed over, so another method is offered. */
    static final String NOT_SENT = "code-not-sent";

    private final OneTimeCodes codes;
    private final ProofThrottle throttle;
    private final ResetSessions sessions;
    private final Methods methods;
    private final FlowReplies replies;
    private final FlowAudit audit;
    private final NoticeSender notices;
    private final long lifetimeMinutes;

    CodeDelivery(OneTimeCodes codes, ProofThrottle throttle, ResetSessions sessions, Methods methods,
            FlowReplies replies, FlowAudit audit, NoticeSender notices, VerificationProperties policy) {
        this.codes = codes;
        this.throttle = throttle;
        this.sessions = sessions;
        this.methods = methods;
        this.replies = replies;
        this.audit = audit;
        this.notices = notices;
        this.lifetimeMinutes = Math.max(1, policy.codes().lifetime().toMinutes());
    }

    /**
     * Sends a new code, unless the account or the conversation is blocked from proofs or has asked for too many codes
     * (both checked in one go).
     */
    CompletableFuture<StepResult> send(StepContext context, ResetSession session, VerificationMethod method) {
        Caller caller = context.caller();
        CodeIssue issue = codes.issue(session.subjectKey(), session.limitKeys(), method, caller.conversationId(),
                throttle);
        if (issue instanceof CodeIssue.Throttled throttled) {
            return replies.blocked(context, session, throttled.retryAfter()).now();
        }
        String code = ((CodeIssue.Issued) issue).code();
        sessions.update(caller.conversationId(), session.withCodeSentBy(method));
        Optional<DirectoryUser> recipient = session.user().filter(user -> methods.usable(session).contains(method));
        CompletableFuture<Boolean> delivered = recipient
                .map(user -> deliver(user, method, code, context.language(), session, caller))
                .orElseGet(() -> CompletableFuture.completedFuture(false));
        // The reply does not depend on whether the code went out: on anonymous channels it must read the same.
        return delivered.thenApply(sent -> {
            if (!sent && recipient.isPresent()) {
                audit.record(new AuditEvent.CodeNotSent(audit.context(session, caller), method.name()));
                if (session.trusted()) {
                    // Only the owner may hear it: on an anonymous channel it would tell a real account from a decoy.
                    return replies.outcome(NOT_SENT, replies.reply(context.language(), "reset.code-not-sent"));
                }
            }
            String destination = recipient.map(user -> masked(user, method)).orElse(null);
            Map<String, String> args = Map.of("minutes", Long.toString(lifetimeMinutes),
                    "destination", destination == null ? "" : destination);
            String key = session.trusted() && destination != null ? "reset.code-sent-to"
                    : method == VerificationMethod.EMAIL_CODE ? "reset.code-sent-email" : "reset.code-sent-sms";
            return replies.outcome(SENT, replies.reply(context.language(), key, args));
        });
    }

    private static String masked(DirectoryUser user, VerificationMethod method) {
        return method == VerificationMethod.EMAIL_CODE ? user.contacts().maskedEmail()
                : user.contacts().maskedPhone();
    }

    /** Sends the code and audits it once handed over; completes with whether it was. */
    private CompletableFuture<Boolean> deliver(DirectoryUser user, VerificationMethod method, String code,
            Language language, ResetSession session, Caller caller) {
        boolean email = method == VerificationMethod.EMAIL_CODE;
        String to = email ? user.contacts().alternateEmail() : user.contacts().mobilePhone();
        Map<String, String> args = Map.of("code", code, "minutes", Long.toString(lifetimeMinutes));
        Notification notification = new Notification(email ? Notification.Channel.EMAIL : Notification.Channel.SMS,
                to, replies.text(language, "notify.code.subject", Map.of()),
                replies.text(language, "notify.code.body", args), language);
        return notices.send(notification, session.correlationId()).thenApply(sent -> {
            if (sent) {
                audit.record(new AuditEvent.CodeSent(audit.context(session, caller), method.name(),
                        masked(user, method)));
            }
            return sent;
        });
    }
}
