package org.resetdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.resetdesk.audit.AuditEvent;
import org.resetdesk.crypto.SecretCipher;
import org.resetdesk.directory.DirectoryUser;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.verification.VerificationMethod;

/** A reset session in a shared store is sealed: it comes back whole, and nothing of it can be read in the store. */
class SealedSessionTest {

    private static final byte[] TOTP = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private final org.resetdesk.state.Codec<ResetSession> codec = ResetSessions.codec(new SecretCipher(new byte[32],
            List.of()));

    private static ResetSession session() {
        DirectoryUser john = new DirectoryUser("id-john", "john.doe@contoso.example", "John Doe", "John", "Doe", "E1",
                "en", new DirectoryUser.Contacts("john.home@example.net", "+40721000002"), false, true, false, false);
        Enrollment enrollment = Enrollment.none("id-john").withAuthenticatorSecret(TOTP)
                .withQuestions(List.of(new Enrollment.RegisteredQuestion("question.first-pet", "pbkdf2-sha256$1$a$b")))
                .confirmedAt(Instant.parse("2026-12-01T10:00:00.123456Z"));
        return ResetSession.started("corr-1", AuditEvent.Flow.REGISTER_METHODS, Instant.parse("2026-12-07T08:00:00Z"),
                "id-john", "john.doe@contoso.example", "key-john", Optional.of(john), enrollment, true)
                .withProof(VerificationMethod.EMAIL_CODE).askingQuestions(List.of("question.first-pet"));
    }

    @Test
    void aSession_comesBackEqual() {
        ResetSession session = session();

        assertThat(codec.decode(codec.encode(session))).isEqualTo(session);
    }

    @Test
    void aDecoy_comesBackEqual() {
        ResetSession decoy = ResetSession.started("corr-2", AuditEvent.Flow.RESET_PASSWORD, Instant.EPOCH, "key-x",
                "nobody", "key-x", Optional.empty(), Enrollment.none("key-x"), false);

        assertThat(codec.decode(codec.encode(decoy))).isEqualTo(decoy);
    }

    @Test
    void theStoredForm_showsNoAccountNameContactOrSecret() {
        String stored = codec.encode(session());

        assertThat(stored).doesNotContain("john").doesNotContain("+40721000002").doesNotContain("pbkdf2")
                .doesNotContain(Base64.getEncoder().encodeToString(TOTP));
    }

    @Test
    void aChangedValue_doesNotOpen() {
        String stored = codec.encode(session());
        String changed = stored.substring(0, stored.length() - 2) + (stored.endsWith("A=") ? "B=" : "A=");

        assertThatThrownBy(() -> codec.decode(changed)).isInstanceOf(RuntimeException.class);
    }
}
