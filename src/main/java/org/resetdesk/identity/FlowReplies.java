package org.resetdesk.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.resetdesk.audit.AuditEvent;
import org.resetdesk.conversation.HelpdeskContacts;
import org.resetdesk.dialog.StepContext;
import org.resetdesk.dialog.StepResult;
import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.text.Reply;

/** What the flows' steps say: texts from the catalog, step results with replies, and the "blocked until" answer. */
public final class FlowReplies {

    /** Outcome of steps that find the session gone (expired, or never started in this conversation). */
    public static final String EXPIRED = "expired";
    /** Outcome of steps that find the account or conversation blocked. */
    public static final String BLOCKED = "blocked";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageCatalog messages;
    private final HelpdeskContacts contacts;
    private final FlowAudit audit;

    public FlowReplies(MessageCatalog messages, HelpdeskContacts contacts, FlowAudit audit) {
        this.messages = messages;
        this.contacts = contacts;
        this.audit = audit;
    }

    public String text(Language language, String key, Map<String, String> args) {
        return messages.text(language, key, args);
    }

    public Reply reply(Language language, String key, Map<String, String> args) {
        return Reply.text(text(language, key, args), language);
    }

    public Reply reply(Language language, String key) {
        return reply(language, key, Map.of());
    }

    public StepResult outcome(String outcome, Reply... replies) {
        return new StepResult(outcome, List.of(replies), Map.of());
    }

    /**
     * "Blocked until ...", audited: the time in the user's time zone when the client gave one (else UTC), roughly how
     * long from now, and how to reach the helpdesk, which can lift the block.
     */
    public StepResult blocked(StepContext context, ResetSession session, Instant until) {
        audit.record(new AuditEvent.Blocked(audit.context(session, context.caller()), until));
        long hours = Math.max(1, (Duration.between(audit.now(), until).toMinutes() + 59) / 60);
        ZoneId zone = context.caller().zone() == null ? ZoneOffset.UTC : context.caller().zone();
        String when = WHEN.format(until.atZone(zone)) + " " + (zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId());
        String text = text(context.language(), "reset.blocked", Map.of("until", when, "hours", Long.toString(hours)))
                + "\n\n" + contacts.text(context.language());
        return outcome(BLOCKED, Reply.text(text, context.language()));
    }
}
