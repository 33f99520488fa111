package org.resetdesk.identity;

import java.time.Clock;
import java.time.Instant;

import org.resetdesk.audit.AuditContext;
import org.resetdesk.audit.AuditEvent;
import org.resetdesk.audit.AuditSink;
import org.resetdesk.dialog.Caller;

/** The audit records of the flows: each with the time, the session's correlation id, the channel and the account. */
public final class FlowAudit {

    private final Clock clock;
    private final AuditSink audit;

    public FlowAudit(Clock clock, AuditSink audit) {
        this.clock = clock;
        this.audit = audit;
    }

    public Instant now() {
        return clock.instant();
    }

    public AuditContext context(ResetSession session, Caller caller) {
        return new AuditContext(now(), session.correlationId(), caller.channel(), caller.conversationId(),
                session.userId());
    }

    public void record(AuditEvent event) {
        audit.record(event);
    }
}
