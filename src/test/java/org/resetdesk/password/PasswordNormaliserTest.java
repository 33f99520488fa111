package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordNormaliserTest {

    @Test
    void normalise_upperCaseAndEntraSubstitutions_becomeTheBannedTerm() {
        assertThat(PasswordNormaliser.normalise("P@$$W0RD1")).isEqualTo("passwordl");
    }

    @Test
    void normalise_romanianDiacriticsInEitherSpelling_areDropped() {
        assertThat(PasswordNormaliser.normalise("Ștefănescu")).isEqualTo("stefanescu");
        assertThat(PasswordNormaliser.normalise("Şerban")).isEqualTo("serban");
    }

    @Test
    void normalise_fullWidthLetters_becomeAscii() {
        assertThat(PasswordNormaliser.normalise("ＢＬＡＮＫ")).isEqualTo("blank");
    }
}
