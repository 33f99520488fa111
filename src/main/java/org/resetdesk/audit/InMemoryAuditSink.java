package org.resetdesk.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.springframework.stereotype.Component;

/** Keeps the most recent audit events in memory (bounded). Thread-safe. */
@Component
public final class InMemoryAuditSink implements AuditSink {

    static final int KEPT = 10_000;

    private final Deque<AuditEvent> events = new ArrayDeque<>();

    @Override
    public void record(AuditEvent event) {
        synchronized (events) {
            events.addLast(event);
            while (events.size() > KEPT) {
                events.removeFirst();
            }
        }
    }

    /** The recorded events, oldest first. */
    public List<AuditEvent> events() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }
}
