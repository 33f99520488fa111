package org.resetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class InMemoryAuditSinkTest {

    private static final AuditContext CONTEXT =
            new AuditContext(Instant.parse("2026-03-02T08:00:00Z"), "corr-1", "webchat", "conv-1", null);

    @Test
    void record_keepsEventsInOrderWithTheirTypes() {
        InMemoryAuditSink sink = new InMemoryAuditSink();

        sink.record(new AuditEvent.FlowStarted(CONTEXT, AuditEvent.Flow.RESET_PASSWORD));
        sink.record(new AuditEvent.PasswordRejected(CONTEXT, List.of("length", "banned-terms")));

        assertThat(sink.events()).hasSize(2).element(1)
                .isInstanceOfSatisfying(AuditEvent.PasswordRejected.class,
                        rejected -> assertThat(rejected.ruleIds()).containsExactly("length", "banned-terms"));
    }

    @Test
    void record_beyondTheLimit_dropsTheOldest() {
        InMemoryAuditSink sink = new InMemoryAuditSink();
        for (int i = 0; i < InMemoryAuditSink.KEPT + 3; i++) {
            sink.record(new AuditEvent.AccountLookup(CONTEXT, AuditEvent.LookupOutcome.NOT_FOUND));
        }

        assertThat(sink.events()).hasSize(InMemoryAuditSink.KEPT);
    }
}
