package org.resetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each kind of audit event is stored under the activity Entra reports it as, with its own fields. */
class AuditRecordsTest {

    private static final AuditContext CONTEXT = new AuditContext(Instant.parse("2026-12-01T08:00:00Z"), "corr",
            "msteams", "conv", "john");

    @Test
    void everyEvent_hasItsActivityAndStep() {
        assertThat(AuditRecords.from(new AuditEvent.PasswordReset(CONTEXT, true))).satisfies(record -> {
            assertThat(record.activity()).isEqualTo(AuditActivity.RESET_PASSWORD_SELF_SERVICE);
            assertThat(record.details()).containsEntry("temporary", "true");
        });
        assertThat(AuditRecords.from(new AuditEvent.AccountUnlocked(CONTEXT)).activity())
                .isEqualTo(AuditActivity.UNLOCK_USER_ACCOUNT_SELF_SERVICE);
        assertThat(AuditRecords.from(new AuditEvent.Blocked(CONTEXT, Instant.parse("2026-12-02T08:00:00Z"))))
                .satisfies(record -> {
                    assertThat(record.activity()).isEqualTo(AuditActivity.BLOCKED_FROM_SSPR);
                    assertThat(record.details()).containsEntry("until", "2026-12-02T08:00:00Z");
                });
        assertThat(AuditRecords.from(new AuditEvent.CodeSent(CONTEXT, "email", "j***@contoso.example")))
                .satisfies(record -> {
                    assertThat(record.activity()).isEqualTo(AuditActivity.SSPR_FLOW_ACTIVITY_PROGRESS);
                    assertThat(record.step()).isEqualTo("code-sent");
                    assertThat(record.details()).containsEntry("target", "j***@contoso.example");
                });
        assertThat(AuditRecords.from(new AuditEvent.PasswordRejected(CONTEXT, List.of("length", "banned"))).details())
                .containsEntry("rules", "length,banned");
        assertThat(AuditRecords.from(new AuditEvent.FlowStarted(CONTEXT, AuditEvent.Flow.UNLOCK_ACCOUNT)).details())
                .containsEntry("flow", "unlock-account");
        assertThat(AuditRecords.from(new AuditEvent.BlockLifted(CONTEXT, "proofs-account", "john")).activity())
                .isEqualTo(AuditActivity.BLOCK_LIFTED_BY_ADMIN);
    }

    @Test
    void whereItHappened_isKept() {
        AuditRecord record = AuditRecords.from(new AuditEvent.ProofFailed(CONTEXT, "totp", "wrong-code"));

        assertThat(record).extracting(AuditRecord::time, AuditRecord::correlationId, AuditRecord::channel,
                AuditRecord::conversationId, AuditRecord::userId)
                .containsExactly(CONTEXT.time(), "corr", "msteams", "conv", "john");
    }

    @Test
    void aFailingStore_neverBreaksTheFlow_andTheRecentEventsStillHaveIt() {
        InMemoryAuditSink recent = new InMemoryAuditSink();
        AuditStore broken = new H2AuditStoreTest().brokenStore();
        AuditTrail trail = new AuditTrail(broken, recent);

        trail.record(new AuditEvent.AccountUnlocked(CONTEXT));

        assertThat(recent.events()).hasSize(1);
    }
}
