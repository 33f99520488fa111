package org.resetdesk.enrollment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.resetdesk.crypto.SecretCipher;
import org.resetdesk.runtime.LogContext;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrations in the application's database (tables {@code enrollment} and {@code enrollment_question}, created
 * by Flyway): H2 by default, PostgreSQL in production, with the same SQL. Authenticator secrets are sealed with
 * {@link SecretCipher} and answers are stored as the hashes they arrive as. An update reads the user's row locked
 * ({@code SELECT ... FOR UPDATE}), so two conversations changing one user's methods at the same moment take turns
 * and both changes count. Calls run on {@code executor}, never on the caller's thread.
 */
final class JdbcEnrollmentStore implements EnrollmentStore, AutoCloseable {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SecretCipher cipher;
    private final Clock clock;
    private final java.util.concurrent.ExecutorService executor;

    JdbcEnrollmentStore(JdbcClient jdbc, TransactionTemplate transactions, SecretCipher cipher, Clock clock,
            java.util.concurrent.ExecutorService executor) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cipher = cipher;
        this.clock = clock;
        this.executor = executor;
    }

    /** Lets calls in flight finish (briefly), then stops the store's threads. */
    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public CompletableFuture<Optional<Enrollment>> find(String userId) {
        // a row with nothing in it is one a writer is about to fill, or one left by a race: nothing registered
        return async("find", () -> read(userId, "").filter(found -> !found.isEmpty()));
    }

    @Override
    public CompletableFuture<Enrollment> update(String userId, UnaryOperator<Enrollment> change) {
        return async("update", () -> {
            ensureRow(userId);
            return transactions.execute(status -> write(userId, change));
        });
    }

    private <T> CompletableFuture<T> async(String operation, Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return work.get();
                } catch (DataAccessException | SecretCipher.InvalidSealException e) {
                    throw new EnrollmentStoreException(operation + " failed: " + e.getClass().getSimpleName(), e);
                }
            }, LogContext.carrying(executor));
        } catch (java.util.concurrent.RejectedExecutionException busy) {
            return CompletableFuture.failedFuture(new EnrollmentStoreException(operation + ": the store is busy",
                    busy));
        }
    }

    /**
     * Makes sure the user has a row to lock, in a transaction of its own: of two writers inserting it at the same
     * moment one fails, and that is fine, since the row is there either way.
     */
    private void ensureRow(String userId) {
        try {
            transactions.executeWithoutResult(status -> jdbc.sql("""
                    INSERT INTO enrollment (user_id, updated_at, version)
                    SELECT :user, :now, 0 WHERE NOT EXISTS (SELECT 1 FROM enrollment WHERE user_id = :user)""")
                    .param("user", userId).param("now", utc(clock.instant())).update());
        } catch (DuplicateKeyException raced) {
            // another writer made it
        }
    }

    /** Reads the row locked, so writers of one user take turns, and writes what {@code change} makes of it. */
    private Enrollment write(String userId, UnaryOperator<Enrollment> change) {
        Enrollment before = read(userId, " FOR UPDATE").orElseThrow(() -> new IllegalStateException("row vanished"));
        Enrollment next = change.apply(before);
        if (!next.userId().equals(userId)) {
            throw new IllegalArgumentException("a change may not move registrations to another user");
        }
        if (next.isEmpty()) {
            jdbc.sql("DELETE FROM enrollment WHERE user_id = :user").param("user", userId).update();
            return next;
        }
        SecretCipher.Sealed sealed = sealed(next);
        jdbc.sql("""
                UPDATE enrollment SET alternate_email = :email, mobile_phone = :phone, totp_secret = :secret,
                    totp_key_id = :keyId, confirmed_at = :confirmed, updated_at = :now, version = version + 1
                WHERE user_id = :user""")
                .param("user", userId).param("email", next.alternateEmail())
                .param("phone", next.mobilePhone())
                .param("secret", sealed == null ? null : sealed.value())
                .param("keyId", sealed == null ? null : sealed.keyId())
                .param("confirmed", utc(next.confirmedAt())).param("now", utc(clock.instant()))
                .update();
        jdbc.sql("DELETE FROM enrollment_question WHERE user_id = :user").param("user", userId).update();
        for (int i = 0; i < next.questions().size(); i++) {
            Enrollment.RegisteredQuestion question = next.questions().get(i);
            jdbc.sql("""
                    INSERT INTO enrollment_question (user_id, position, question, answer_hash)
                    VALUES (:user, :position, :question, :hash)""")
                    .param("user", userId).param("position", i).param("question", question.questionKey())
                    .param("hash", question.answerHash()).update();
        }
        return next;
    }

    /** The secret sealed afresh, under the current key: a rewrite also moves it off a previous key. */
    private SecretCipher.Sealed sealed(Enrollment enrollment) {
        byte[] secret = enrollment.authenticatorSecret();
        return secret == null ? null : cipher.seal(secret, enrollment.userId());
    }

    private Optional<Enrollment> read(String userId, String lock) {
        Optional<Enrollment> row = jdbc.sql("""
                SELECT user_id, alternate_email, mobile_phone, totp_secret, totp_key_id, confirmed_at
                FROM enrollment WHERE user_id = :user""" + lock)
                .param("user", userId).query((rs, n) -> row(rs)).optional();
        if (row.isEmpty()) {
            return row;
        }
        List<Enrollment.RegisteredQuestion> questions = jdbc.sql("""
                SELECT question, answer_hash FROM enrollment_question WHERE user_id = :user ORDER BY position""")
                .param("user", userId)
                .query((rs, n) -> new Enrollment.RegisteredQuestion(rs.getString(1), rs.getString(2))).list();
        return Optional.of(row.get().withQuestions(questions));
    }

    private Enrollment row(ResultSet rs) throws SQLException {
        String userId = rs.getString("user_id");
        String secret = rs.getString("totp_secret");
        byte[] opened = secret == null ? null
                : cipher.open(new SecretCipher.Sealed(rs.getString("totp_key_id"), secret), userId);
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        Instant confirmedAt = confirmed == null ? null : confirmed.toLocalDateTime().toInstant(ZoneOffset.UTC);
        return new Enrollment(userId, rs.getString("alternate_email"), rs.getString("mobile_phone"), opened,
                List.of(), confirmedAt);
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
