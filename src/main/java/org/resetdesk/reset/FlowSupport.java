package org.resetdesk.reset;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.resetdesk.audit.AuditContext;
import org.resetdesk.audit.AuditEvent;
import org.resetdesk.audit.AuditSink;
import org.resetdesk.conversation.HelpdeskContacts;
import org.resetdesk.dialog.Caller;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.directory.DirectoryFailure;
import org.resetdesk.notify.Notification;
import org.resetdesk.notify.Notifier;
import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.text.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the reset and unlock steps share: texts, the clock, audit records, waiting for ports and sending notices. */
final class FlowSupport {

    private static final Logger log = LoggerFactory.getLogger(FlowSupport.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Outcome of steps that find the session gone (expired, or never started in this conversation). */
    static final String EXPIRED = "expired";
    static final String BLOCKED = "blocked";

    private final MessageCatalog messages;
    private final Clock clock;
    private final AuditSink audit;
    private final Notifier notifier;
    private final Duration timeout;
    private final HelpdeskContacts contacts;

    FlowSupport(MessageCatalog messages, Clock clock, AuditSink audit, Notifier notifier, Duration timeout,
            HelpdeskContacts contacts) {
        this.contacts = contacts;
        this.messages = messages;
        this.clock = clock;
        this.audit = audit;
        this.notifier = notifier;
        this.timeout = timeout;
    }

    Instant now() {
        return clock.instant();
    }

    String text(Language language, String key, Map<String, String> args) {
        return messages.text(language, key, args);
    }

    Reply reply(Language language, String key, Map<String, String> args) {
        return Reply.text(text(language, key, args), language);
    }

    Reply reply(Language language, String key) {
        return reply(language, key, Map.of());
    }

    StepResult outcome(String outcome, Reply... replies) {
        return new StepResult(outcome, List.of(replies), Map.of());
    }

    /**
     * "Blocked until ...": the time in the user's time zone when the client gave one (else UTC), roughly how long
     * from now, and how to reach the helpdesk, which can lift the block.
     */
    StepResult blocked(StepContext context, ResetSession session, Instant until) {
        record(new AuditEvent.Blocked(context(session, context.caller()), until));
        long hours = Math.max(1, (Duration.between(now(), until).toMinutes() + 59) / 60);
        ZoneId zone = context.caller().zone() == null ? ZoneOffset.UTC : context.caller().zone();
        String when = WHEN.format(until.atZone(zone)) + " " + (zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId());
        String text = text(context.language(), "reset.blocked", Map.of("until", when, "hours", Long.toString(hours)))
                + "\n\n" + contacts.text(context.language());
        return outcome(BLOCKED, Reply.text(text, context.language()));
    }

    AuditContext context(ResetSession session, Caller caller) {
        return new AuditContext(now(), session.correlationId(), caller.channel(), caller.conversationId(),
                session.userId());
    }

    void record(AuditEvent event) {
        audit.record(event);
    }

    /**
     * A directory call, bounded by the configured timeout. It fails with a {@link DirectoryFailure}: a timeout or any
     * other failure becomes one with reason UNAVAILABLE, and the change must then be treated as not done.
     */
    <T> CompletableFuture<T> directory(CompletableFuture<T> call, String operation) {
        return call.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(error -> CompletableFuture.failedFuture(failure(error, operation)));
    }

    /**
     * A change (a reset, an unlock), bounded by the configured timeout. A timeout means the outcome is unknown: the
     * directory may still make the change after the wait was given up, so it fails with OUTCOME_UNKNOWN, never
     * with "not changed".
     */
    <T> CompletableFuture<T> change(CompletableFuture<T> call, String operation) {
        return call.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(error -> {
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            DirectoryFailure failure = cause instanceof TimeoutException
                    ? new DirectoryFailure(DirectoryFailure.Reason.OUTCOME_UNKNOWN, operation
                            + ": no answer in time after sending", null, cause)
                    : failure(error, operation);
            return CompletableFuture.failedFuture(failure);
        });
    }

    /** The directory failure behind {@code error} (as completed by {@link #directory}). */
    static DirectoryFailure failure(Throwable error, String operation) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof DirectoryFailure failure) {
            return failure;
        }
        String what = cause instanceof TimeoutException ? "no answer in time" : cause.toString();
        return new DirectoryFailure(DirectoryFailure.Reason.UNAVAILABLE, operation + ": " + what, null, cause);
    }

    /**
     * Hands a notification over. Completes with false when it could not be sent (logged without the body or the
     * address), never exceptionally: whoever asked decides what the user may be told.
     */
    CompletableFuture<Boolean> send(Notification notification, String correlationId) {
        return notifier.send(notification).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .handle((sent, error) -> {
                    if (error == null) {
                        return true;
                    }
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    log.warn("[{}] {} could not be sent: {}", correlationId, notification,
                            cause.getClass().getSimpleName());
                    return false;
                });
    }
}
