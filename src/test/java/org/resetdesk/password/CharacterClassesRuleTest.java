package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharacterClassesRuleTest {

    private final CharacterClassesRule rule = new CharacterClassesRule();

    private boolean passes(String password) {
        return rule.check(new PasswordCandidate(password, null, false)).isEmpty();
    }

    @Test
    void check_twoClasses_isRefusedNamingTheRequiredCount() {
        assertThat(rule.check(new PasswordCandidate("lowercase42", null, false)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.reason()).isEqualTo(RejectionReason.TOO_FEW_CHARACTER_CLASSES);
                    assertThat(r.rule()).isEqualTo("character-classes");
                    assertThat(r.args()).containsEntry("required", "3");
                });
    }

    @Test
    void check_lowerUpperDigit_passes() {
        assertThat(passes("Lowercase42")).isTrue();
    }

    @Test
    void check_lowerUpperSymbol_passes() {
        assertThat(passes("Lower case")).isTrue();
    }

    @Test
    void check_lowerDigitSymbol_passes() {
        assertThat(passes("lower-42")).isTrue();
    }

    @Test
    void check_upperAndSymbolsOnly_isRefused() {
        assertThat(passes("UPPER-CASE!")).isFalse();
    }
}
