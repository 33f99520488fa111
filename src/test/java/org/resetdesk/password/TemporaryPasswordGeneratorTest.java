package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TemporaryPasswordGeneratorTest {

    private static final PasswordUser ANA = new PasswordUser("Ana", "Popescu", "ana.popescu@contoso.example");

    @Test
    void generate_entraPolicy_everyPasswordIsAccepted() {
        PasswordPolicy policy = PasswordPolicy.entra(TermFiles.commonPasswords(), "Contoso");
        TemporaryPasswordGenerator generator = new TemporaryPasswordGenerator(policy, new SecureRandom(), 16);

        for (int i = 0; i < 200; i++) {
            assertThat(policy.evaluate(generator.generate(ANA), ANA, false).accepted()).isTrue();
        }
    }

    @Test
    void generate_nistPolicy_everyPasswordIsAcceptedWithoutMfa() {
        PasswordPolicy policy = PasswordPolicy.nist(TermFiles.commonPasswords(), "Contoso", "ResetDesk");
        TemporaryPasswordGenerator generator = new TemporaryPasswordGenerator(policy, new SecureRandom(), 16);

        for (int i = 0; i < 200; i++) {
            assertThat(policy.evaluate(generator.generate(ANA), ANA, false).accepted()).isTrue();
        }
    }

    @Test
    void generate_sixteenCharactersWithAllFourClassesFromTheUnambiguousAlphabet() {
        PasswordPolicy policy = PasswordPolicy.entra(TermFiles.commonPasswords(), "Contoso");
        String password = new TemporaryPasswordGenerator(policy, new SecureRandom(), 16).generate(ANA);

        assertThat(password).hasSize(16)
                .containsAnyOf(TemporaryPasswordGenerator.LOWER.split(""))
                .containsAnyOf(TemporaryPasswordGenerator.UPPER.split(""))
                .containsAnyOf(TemporaryPasswordGenerator.DIGITS.split(""))
                .containsAnyOf(TemporaryPasswordGenerator.SYMBOLS.split(""))
                .doesNotContain("0", "O", "1", "l", "I", "*", "_", "`");
    }

    @Test
    void generate_manyPasswords_areAllDifferent() {
        PasswordPolicy policy = PasswordPolicy.entra(TermFiles.commonPasswords(), "Contoso");
        TemporaryPasswordGenerator generator = new TemporaryPasswordGenerator(policy, new SecureRandom(), 16);
        Set<String> seen = new HashSet<>();

        for (int i = 0; i < 500; i++) {
            seen.add(generator.generate(PasswordUser.unknown()));
        }

        assertThat(seen).hasSize(500);
    }

    @Test
    void constructor_shorterThanSixteen_fails() {
        PasswordPolicy policy = PasswordPolicy.entra(TermFiles.commonPasswords(), "Contoso");

        assertThatThrownBy(() -> new TemporaryPasswordGenerator(policy, new SecureRandom(), 12))
                .hasMessageContaining("resetdesk.password.temporary-length");
    }
}
