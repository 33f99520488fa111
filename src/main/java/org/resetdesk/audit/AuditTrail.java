package org.resetdesk.audit;

import org.resetdesk.runtime.Meters;
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
    private final Meters meters;

    AuditTrail(AuditStore store, InMemoryAuditSink recent) {
        this(store, recent, Meters.NONE);
    }

    AuditTrail(AuditStore store, InMemoryAuditSink recent, Meters meters) {
        this.meters = meters;
        this.store = store;
        this.recent = recent;
    }

    /** Details whose values come from a closed set (never a user, an address or a time): fine as metric tags. */
    private static final java.util.List<String> TAGGED = java.util.List.of("flow", "method", "operation", "reason",
            "outcome", "failure");

    @Override
    public void record(AuditEvent event) {
        recent.record(event);
        AuditRecord stored = AuditRecords.from(event);
        count(stored);
        try {
            store.append(stored);
        } catch (RuntimeException e) {
            log.error("Audit: the store did not take a {} event (correlation id {}): {}",
                    event.getClass().getSimpleName(), event.context().correlationId(), e.toString());
        }
    }

    /**
     * Counts the event for the metrics ({@code resetdesk.flow.events}): flows started, codes sent by method, proofs,
     * blocks, resets and unlocks done, directory errors by reason. No user identifier is ever a tag.
     */
    private void count(AuditRecord record) {
        java.util.List<String> tags = new java.util.ArrayList<>(java.util.List.of("activity", record.activity().code(),
                "step", record.step()));
        for (String detail : TAGGED) {
            tags.add(detail);
            tags.add(record.details().getOrDefault(detail, "none"));
        }
        meters.counter("resetdesk.flow.events", tags.toArray(String[]::new)).increment();
    }
}
