package org.resetdesk.audit;

/**
 * Where audit events go (in memory now; a durable store later). Implementations are thread-safe and must not let a
 * failure to record break the user's flow: they log it instead.
 */
public interface AuditSink {

    void record(AuditEvent event);
}
