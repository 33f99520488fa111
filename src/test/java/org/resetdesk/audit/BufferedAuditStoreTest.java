package org.resetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The writer thread takes the database off the turn, and loses nothing: not on a read, a full queue or a close. */
class BufferedAuditStoreTest {

    private static final Instant T0 = AuditStoreContract.T0;

    private final DataSource database = new H2AuditStoreTest().emptyDatabase();
    private final JdbcAuditStore stored;

    BufferedAuditStoreTest() {
        Flyway.configure().dataSource(database).load().migrate();
        stored = new JdbcAuditStore(JdbcClient.create(database));
    }

    @Test
    void aRead_seesEveryRecordAppendedBeforeIt() throws Exception {
        try (BufferedAuditStore buffered = new BufferedAuditStore(stored, 10_000)) {
            for (int i = 0; i < 2_000; i++) {
                buffered.append(record(i));
            }

            assertThat(buffered.find(all()).records()).hasSize(500);
            assertThat(buffered.countPerDay(T0, T0.plusSeconds(3600)).get(0).count()).isEqualTo(2_000);
        }
    }

    @Test
    void aFullQueue_makesTheCallerWrite_andNothingIsLost() throws Exception {
        try (BufferedAuditStore buffered = new BufferedAuditStore(stored, 1)) {
            for (int i = 0; i < 300; i++) {
                buffered.append(record(i));
            }

            assertThat(buffered.countPerDay(T0, T0.plusSeconds(3600)).get(0).count()).isEqualTo(300);
        }
    }

    @Test
    void closing_storesWhatIsQueued() throws Exception {
        BufferedAuditStore buffered = new BufferedAuditStore(stored, 10_000);
        for (int i = 0; i < 1_000; i++) {
            buffered.append(record(i));
        }

        buffered.close();

        assertThat(stored.countPerDay(T0, T0.plusSeconds(3600)).get(0).count()).isEqualTo(1_000);
    }

    private static AuditStore.Query all() {
        return new AuditStore.Query(T0, T0.plusSeconds(3600), Optional.empty(), Optional.empty(), 0, 500);
    }

    private static AuditRecord record(int i) {
        return AuditStoreContract.record(T0.plusMillis(i), AuditActivity.SSPR_FLOW_ACTIVITY_PROGRESS, "u" + i,
                Map.of());
    }
}
