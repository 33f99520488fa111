package org.resetdesk.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's audit sink: each event goes to the durable store and to the recent events kept in memory. A
 * store that fails is logged (the event's step and correlation id, nothing more) and never breaks the user's flow.
 * Thread-safe.
 */
public final class AuditTrail implements AuditSink {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditStore store;
    private final InMemoryAuditSink recent;

    AuditTrail(AuditStore store, InMemoryAuditSink recent) {
        this.store = store;
        this.recent = recent;
    }

    @Override
    public void record(AuditEvent event) {
        recent.record(event);
        try {
            store.append(AuditRecords.from(event));
        } catch (RuntimeException e) {
            log.error("Audit: the store did not take a {} event (correlation id {}): {}",
                    event.getClass().getSimpleName(), event.context().correlationId(), e.toString());
        }
    }
}
