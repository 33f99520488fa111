package org.resetdesk.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An audit event as it is stored and reported: its activity, the step of the flow ({@code code-sent},
 * {@code proof-failed}, …), where it happened and the event's own details. Nothing in it is secret: the events it is
 * made from have no field for a password, code, secret or answer.
 *
 * @param id      the store's sequence number, 0 before it is stored
 * @param details the event's fields by name, in name order
 */
public record AuditRecord(long id, Instant time, AuditActivity activity, String step, String correlationId,
        String channel, String conversationId, String userId, Map<String, String> details) {

    public AuditRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(correlationId, "correlationId");
        details = java.util.Collections.unmodifiableMap(new TreeMap<>(details));
    }
}
