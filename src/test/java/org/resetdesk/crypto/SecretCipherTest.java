package org.resetdesk.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private final SecretCipher cipher = new SecretCipher(key(7), List.of());

    @Test
    void aSealedSecret_opensForItsOwner_andIsNotInTheSealedValue() {
        SecretCipher.Sealed sealed = cipher.seal(SECRET, "alice");

        assertThat(cipher.open(sealed, "alice")).isEqualTo(SECRET);
        assertThat(sealed.value()).doesNotContain(Base64.getEncoder().encodeToString(SECRET));
        assertThat(sealed.keyId()).isEqualTo(cipher.currentKeyId()).hasSize(16);
    }

    @Test
    void sealingTwice_givesDifferentValues() {
        assertThat(cipher.seal(SECRET, "alice").value()).isNotEqualTo(cipher.seal(SECRET, "alice").value());
    }

    @Test
    void aValueSealedForAnotherOwner_doesNotOpen() {
        SecretCipher.Sealed sealed = cipher.seal(SECRET, "alice");

        assertThatThrownBy(() -> cipher.open(sealed, "mallory")).isInstanceOf(SecretCipher.InvalidSealException.class);
    }

    @Test
    void aChangedValue_doesNotOpen() {
        SecretCipher.Sealed sealed = cipher.seal(SECRET, "alice");
        byte[] bytes = Base64.getDecoder().decode(sealed.value());
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.open(new SecretCipher.Sealed(sealed.keyId(),
                Base64.getEncoder().encodeToString(bytes)), "alice"))
                .isInstanceOf(SecretCipher.InvalidSealException.class);
    }

    @Test
    void aValueUnderAnUnlistedKey_isRefusedNamingTheSetting() {
        SecretCipher.Sealed old = new SecretCipher(key(1), List.of()).seal(SECRET, "alice");

        assertThatThrownBy(() -> cipher.open(old, "alice")).hasMessageContaining("resetdesk.store.previous-keys");
        assertThat(new SecretCipher(key(7), List.of(key(1))).open(old, "alice")).isEqualTo(SECRET);
    }

    @Test
    void aKeyOfTheWrongLength_isRefusedWithoutRepeatingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> SecretCipher.decodeKey(shortKey, "resetdesk.store.encryption-key"))
                .hasMessageContaining("resetdesk.store.encryption-key must be 32 bytes")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> SecretCipher.decodeKey("not base64!", "resetdesk.store.encryption-key"))
                .hasMessageContaining("is not base64");
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }
}
