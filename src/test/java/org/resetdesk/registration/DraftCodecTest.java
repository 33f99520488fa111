package org.resetdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resetdesk.crypto.SecretCipher;
import org.resetdesk.enrollment.Enrollment;
import org.resetdesk.state.SealedJsonCodec;

/** A registration draft in a shared store is sealed and comes back whole. */
class DraftCodecTest {

    @Test
    void aDraft_comesBackWhole_andItsKeyIsNotReadableInTheStore() {
        SealedJsonCodec<Draft> codec = new SealedJsonCodec<>(Draft.class, new SecretCipher(new byte[32], List.of()),
                "registration-draft");
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        Draft draft = Draft.fresh("corr-1").withGrant()
                .withContact(new Draft.PendingContact(ContactKind.PHONE, "+40721000099")).withTotpSecret(key)
                .withQuestions(List.of(new Enrollment.RegisteredQuestion("question.first-pet", "pbkdf2-sha256$1$a$b")),
                        "custom:Which river?");

        String stored = codec.encode(draft);
        Draft back = codec.decode(stored);

        assertThat(back.correlationId()).isEqualTo("corr-1");
        assertThat(back.granted()).isTrue();
        assertThat(back.contact()).isEqualTo(draft.contact());
        assertThat(back.totpSecret()).isEqualTo(key);
        assertThat(back.questions()).isEqualTo(draft.questions());
        assertThat(back.questionKey()).isEqualTo("custom:Which river?");
        assertThat(stored).doesNotContain("+40721000099").doesNotContain("river");
    }
}
