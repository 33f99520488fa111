package org.resetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What every audit store does, run against H2 and a real PostgreSQL with the same migrations. */
abstract class AuditStoreContract {

    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    AuditStore store;

    /** An empty database of the kind under test. */
    abstract DataSource emptyDatabase() throws Exception;

    @BeforeEach
    void migrate() throws Exception {
        DataSource database = emptyDatabase();
        Flyway.configure().dataSource(database).load().migrate();
        store = new JdbcAuditStore(JdbcClient.create(database));
    }

    @Test
    void anAppendedRecord_comesBackWhole() {
        store.append(record(T0, AuditActivity.RESET_PASSWORD_SELF_SERVICE, "alice", Map.of("temporary", "false")));

        AuditRecord found = store.find(query(T0.minusSeconds(1), T0.plusSeconds(1))).records().get(0);

        assertThat(found.id()).isPositive();
        assertThat(found.time()).isEqualTo(T0);
        assertThat(found.activity()).isEqualTo(AuditActivity.RESET_PASSWORD_SELF_SERVICE);
        assertThat(found.step()).isEqualTo("step");
        assertThat(found.correlationId()).isEqualTo("corr-alice");
        assertThat(found.channel()).isEqualTo("webchat");
        assertThat(found.userId()).isEqualTo("alice");
        assertThat(found.details()).containsExactly(Map.entry("temporary", "false"));
    }

    @Test
    void find_filtersByPeriodActivityAndAccount_newestFirst() {
        store.append(record(T0, AuditActivity.SSPR_FLOW_ACTIVITY_PROGRESS, "alice", Map.of()));
        store.append(record(T0.plusSeconds(60), AuditActivity.RESET_PASSWORD_SELF_SERVICE, "alice", Map.of()));
        store.append(record(T0.plusSeconds(120), AuditActivity.RESET_PASSWORD_SELF_SERVICE, "bob", Map.of()));
        store.append(record(T0.plusSeconds(3600), AuditActivity.RESET_PASSWORD_SELF_SERVICE, "alice", Map.of()));

        AuditStore.Page resets = store.find(new AuditStore.Query(T0, T0.plusSeconds(3600),
                Optional.of(AuditActivity.RESET_PASSWORD_SELF_SERVICE), Optional.empty(), 0, 10));
        AuditStore.Page alices = store.find(new AuditStore.Query(T0, T0.plusSeconds(3601), Optional.empty(),
                Optional.of("alice"), 0, 10));

        assertThat(resets.records()).extracting(AuditRecord::userId).containsExactly("bob", "alice");
        assertThat(alices.records()).extracting(AuditRecord::time)
                .containsExactly(T0.plusSeconds(3600), T0.plusSeconds(60), T0);
    }

    @Test
    void pages_followEachOther_andTellWhetherMoreCome() {
        for (int i = 0; i < 5; i++) {
            store.append(record(T0.plusSeconds(i), AuditActivity.SSPR_FLOW_ACTIVITY_PROGRESS, "u" + i, Map.of()));
        }

        AuditStore.Page first = store.find(page(0, 2));
        AuditStore.Page second = store.find(page(1, 2));
        AuditStore.Page last = store.find(page(2, 2));

        assertThat(first.records()).extracting(AuditRecord::userId).containsExactly("u4", "u3");
        assertThat(first.more()).isTrue();
        assertThat(second.records()).extracting(AuditRecord::userId).containsExactly("u2", "u1");
        assertThat(last.records()).extracting(AuditRecord::userId).containsExactly("u0");
        assertThat(last.more()).isFalse();
    }

    @Test
    void countPerDay_countsEachActivityOnItsUtcDay() {
        Instant lateOnTheFirst = Instant.parse("2026-12-01T23:59:59Z");
        store.append(record(T0, AuditActivity.RESET_PASSWORD_SELF_SERVICE, "a", Map.of()));
        store.append(record(lateOnTheFirst, AuditActivity.RESET_PASSWORD_SELF_SERVICE, "b", Map.of()));
        store.append(record(lateOnTheFirst.plusSeconds(1), AuditActivity.RESET_PASSWORD_SELF_SERVICE, "c", Map.of()));
        store.append(record(T0, AuditActivity.BLOCKED_FROM_SSPR, "d", Map.of()));

        List<AuditStore.DailyCount> counts = store.countPerDay(T0.minus(Duration.ofDays(1)),
                T0.plus(Duration.ofDays(2)));

        assertThat(counts).containsExactly(
                new AuditStore.DailyCount(LocalDate.parse("2026-12-01"), AuditActivity.BLOCKED_FROM_SSPR, 1),
                new AuditStore.DailyCount(LocalDate.parse("2026-12-01"), AuditActivity.RESET_PASSWORD_SELF_SERVICE, 2),
                new AuditStore.DailyCount(LocalDate.parse("2026-12-02"), AuditActivity.RESET_PASSWORD_SELF_SERVICE,
                        1));
    }

    @Test
    void pruning_deletesOnlyWhatIsOlderThanTheLimit() {
        store.append(record(T0, AuditActivity.RESET_PASSWORD_SELF_SERVICE, "old", Map.of()));
        store.append(record(T0.plus(Duration.ofDays(31)), AuditActivity.RESET_PASSWORD_SELF_SERVICE, "new", Map.of()));

        int pruned = store.pruneBefore(T0.plus(Duration.ofDays(1)));

        assertThat(pruned).isEqualTo(1);
        assertThat(store.find(query(T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(40)))).records())
                .extracting(AuditRecord::userId).containsExactly("new");
    }

    @Test
    void longValues_areCut_neverRefused() {
        String long400 = "x".repeat(1000);
        store.append(record(T0, AuditActivity.SSPR_FLOW_ACTIVITY_PROGRESS, "u".repeat(300),
                Map.of("reason", long400, "other", long400)));

        AuditRecord found = store.find(query(T0, T0.plusSeconds(1))).records().get(0);

        assertThat(found.userId()).hasSize(256);
        assertThat(found.details().get("reason")).hasSize(400);
    }

    private static AuditStore.Query query(Instant from, Instant to) {
        return new AuditStore.Query(from, to, Optional.empty(), Optional.empty(), 0, 100);
    }

    private static AuditStore.Query page(int page, int size) {
        return new AuditStore.Query(T0, T0.plusSeconds(10), Optional.empty(), Optional.empty(), page, size);
    }

    static AuditRecord record(Instant time, AuditActivity activity, String user, Map<String, String> details) {
        return new AuditRecord(0, time, activity, "step", "corr-" + user, "webchat", "conv-1", user, details);
    }
}
