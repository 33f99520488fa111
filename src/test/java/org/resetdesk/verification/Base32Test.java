package org.resetdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base32Test {

    @ParameterizedTest
    @CsvSource({
            "f, MY======", "fo, MZXQ====", "foo, MZXW6===", "foob, MZXW6YQ=", "fooba, MZXW6YTB",
            "foobar, MZXW6YTBOI======"})
    void decode_rfc4648Vectors_giveTheText(String text, String encoded) {
        assertThat(new String(Base32.decode(encoded), StandardCharsets.US_ASCII)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void encode_rfc4648Vectors_giveUnpaddedText(String text, String encoded) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
    }

    @Test
    void decode_lowerCaseWithoutPadding_equalsUpperCasePadded() {
        assertThat(Base32.decode("mzxw6ytboi")).isEqualTo(Base32.decode("MZXW6YTBOI======"));
    }

    @Test
    void decode_groupsSeparatedBySpaces_ignoresTheSpaces() {
        assertThat(Base32.decode("JBSW Y3DP EHPK 3PXP")).isEqualTo(Base32.decode("JBSWY3DPEHPK3PXP"));
    }

    @Test
    void decode_demoSecret_roundTripsThroughEncode() {
        byte[] secret = Base32.decode("JBSWY3DPEHPK3PXP");

        assertThat(secret).startsWith("Hello!".getBytes(StandardCharsets.US_ASCII)).hasSize(10);
        assertThat(Base32.encode(secret)).isEqualTo("JBSWY3DPEHPK3PXP");
    }

    @Test
    void decode_invalidCharacter_isRefusedNamingPositionNotCharacter() {
        assertThatThrownBy(() -> Base32.decode("JBSWY3DP1HPK3PXP"))
                .isInstanceOfSatisfying(InvalidSecretException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidSecretException.Reason.INVALID_CHARACTER))
                .hasMessageContaining("character 9")
                .hasMessageNotContaining("JBSW");
    }

    @Test
    void decode_paddingInTheMiddle_isAnInvalidCharacter() {
        assertThatThrownBy(() -> Base32.decode("MZ=XW6YQ"))
                .isInstanceOfSatisfying(InvalidSecretException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidSecretException.Reason.INVALID_CHARACTER));
    }

    @Test
    void decode_impossibleLength_isInvalidLength() {
        assertThatThrownBy(() -> Base32.decode("MZX"))
                .isInstanceOfSatisfying(InvalidSecretException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidSecretException.Reason.INVALID_LENGTH));
    }

    @Test
    void decode_paddingThatDoesNotFillTheGroup_isInvalidLength() {
        assertThatThrownBy(() -> Base32.decode("MZXQ=="))
                .isInstanceOfSatisfying(InvalidSecretException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidSecretException.Reason.INVALID_LENGTH));
    }

    @Test
    void decode_onlyPaddingAndSpaces_isEmpty() {
        assertThatThrownBy(() -> Base32.decode(" ==== "))
                .isInstanceOfSatisfying(InvalidSecretException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidSecretException.Reason.EMPTY));
    }
}
