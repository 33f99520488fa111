package org.resetdesk.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.crypto.SecretCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What the registrations store does, run against H2 and a real PostgreSQL with the same migrations. */
abstract class EnrollmentStoreContract {

    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
    private static final byte[] KEY = key(1);
    private static final byte[] OLD_KEY = key(2);
    private static final byte[] TOTP = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private DataSource database;
    private JdbcClient jdbc;
    private JdbcEnrollmentStore store;

    /** An empty database of the kind under test. */
    abstract DataSource emptyDatabase() throws Exception;

    @BeforeEach
    void migrate() throws Exception {
        database = emptyDatabase();
        Flyway.configure().dataSource(database).load().migrate();
        jdbc = JdbcClient.create(database);
        store = storeWith(new SecretCipher(KEY, List.of()));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private JdbcEnrollmentStore storeWith(SecretCipher cipher) {
        return new JdbcEnrollmentStore(jdbc, new TransactionTemplate(new JdbcTransactionManager(database)), cipher,
                new MutableClock(T0), Executors.newFixedThreadPool(4));
    }

    @Test
    void whatIsStored_comesBackWhole() throws Exception {
        Enrollment stored = Enrollment.none("alice").withAlternateEmail("alice@example.net")
                .withMobilePhone("+40721000009").withAuthenticatorSecret(TOTP)
                .withQuestions(List.of(question("question.first-pet", "h1"), question("custom:My own?", "h2"),
                        question("question.first-car", "h3")))
                .confirmedAt(T0);

        store.update("alice", current -> stored).get();

        assertThat(store.find("alice").get()).contains(stored);
        assertThat(store.find("bob").get()).isEmpty();
    }

    @Test
    void theAuthenticatorSecret_isStoredEncryptedUnderANamedKey() throws Exception {
        store.update("alice", current -> current.withAuthenticatorSecret(TOTP)).get();

        var row = jdbc.sql("SELECT totp_secret, totp_key_id FROM enrollment WHERE user_id = 'alice'")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        assertThat(row.get(0)).doesNotContain(new String(TOTP, StandardCharsets.US_ASCII))
                .doesNotContain(Base64.getEncoder().encodeToString(TOTP));
        assertThat(row.get(1)).isEqualTo(new SecretCipher(KEY, List.of()).currentKeyId());
    }

    @Test
    void afterAKeyRotation_withoutThePreviousKeyListed_aSecretSealedUnderItIsAnError() throws Exception {
        try (JdbcEnrollmentStore before = storeWith(new SecretCipher(OLD_KEY, List.of()))) {
            before.update("alice", current -> current.withAuthenticatorSecret(TOTP)).get();
        }

        assertThatThrownBy(() -> store.find("alice").get()).hasCauseInstanceOf(EnrollmentStoreException.class);
    }

    @Test
    void afterAKeyRotation_withThePreviousKeyListed_theSecretOpens_andMovesToTheNewKey() throws Exception {
        try (JdbcEnrollmentStore before = storeWith(new SecretCipher(OLD_KEY, List.of()))) {
            before.update("alice", current -> current.withAuthenticatorSecret(TOTP)).get();
        }
        try (JdbcEnrollmentStore rotated = storeWith(new SecretCipher(KEY, List.of(OLD_KEY)))) {
            assertThat(rotated.find("alice").get().orElseThrow().authenticatorSecret()).isEqualTo(TOTP);

            rotated.update("alice", current -> current.withMobilePhone("+40721000009")).get();
        }

        assertThat(store.find("alice").get().orElseThrow().authenticatorSecret()).isEqualTo(TOTP);
        assertThat(jdbc.sql("SELECT totp_key_id FROM enrollment WHERE user_id = 'alice'").query(String.class)
                .single()).isEqualTo(new SecretCipher(KEY, List.of()).currentKeyId());
    }

    @Test
    void aSecretCopiedIntoAnotherUsersRow_doesNotOpen() throws Exception {
        store.update("alice", current -> current.withAuthenticatorSecret(TOTP)).get();
        store.update("mallory", current -> current.withMobilePhone("+40721000066")).get();
        jdbc.sql("""
                UPDATE enrollment SET (totp_secret, totp_key_id) =
                    (SELECT totp_secret, totp_key_id FROM enrollment WHERE user_id = 'alice')
                WHERE user_id = 'mallory'""").update();

        assertThatThrownBy(() -> store.find("mallory").get()).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(EnrollmentStoreException.class)
                .hasMessageNotContaining(Base64.getEncoder().encodeToString(TOTP));
    }

    @Test
    void changesAtTheSameMoment_areAllKept() throws Exception {
        CompletableFuture<?>[] writes = IntStream.range(0, 12)
                .mapToObj(i -> store.update("alice", current -> {
                    List<Enrollment.RegisteredQuestion> more = new java.util.ArrayList<>(current.questions());
                    more.add(question("question." + i, "h" + i));
                    return current.withQuestions(more);
                }))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(writes).get(30, TimeUnit.SECONDS);

        assertThat(store.find("alice").get().orElseThrow().questions()).hasSize(12);
    }

    @Test
    void removingEverything_removesTheUsersRows() throws Exception {
        store.update("alice", current -> current.withMobilePhone("+40721000009")
                .withQuestions(List.of(question("question.first-pet", "h1")))).get();

        store.update("alice", current -> Enrollment.none("alice")).get();

        assertThat(store.find("alice").get()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enrollment_question").query(Long.class).single()).isZero();
    }

    private static Enrollment.RegisteredQuestion question(String key, String hash) {
        return new Enrollment.RegisteredQuestion(key, hash);
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }
}
