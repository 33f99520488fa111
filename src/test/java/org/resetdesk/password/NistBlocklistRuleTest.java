package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class NistBlocklistRuleTest {

    private final NistBlocklistRule rule = new NistBlocklistRule(Set.of("correcthorsebatterystaple", "password",
            "helloworld"));

    private boolean refused(String password) {
        return rule.check(new PasswordCandidate(password, null, false)).stream()
                .anyMatch(r -> r.reason() == RejectionReason.BLOCKLISTED);
    }

    @Test
    void check_listedPasswordInOtherCase_isRefused() {
        assertThat(refused("CorrectHorseBatteryStaple")).isTrue();
    }

    @Test
    void check_listedPasswordWithSubstitutions_isRefused() {
        assertThat(refused("c0rrecth0rsebatteryStap1e")).isTrue();
    }

    @Test
    void check_listedPasswordPaddedWithDigitsAndSymbols_isRefused() {
        assertThat(refused("P@ssw0rd!2024!2025")).isTrue();
    }

    @Test
    void check_listedPasswordWithSpacesBetweenWords_isRefused() {
        assertThat(refused("Correct Horse Battery Staple")).isTrue();
    }

    @Test
    void check_listedWordsInsideALongerPhrase_passes() {
        assertThat(refused("my password is a garden gnome")).isFalse();
    }

    @Test
    void check_listedPasswordWithDigitsForLetters_isRefused() {
        assertThat(refused("hell0 w0rld 2026!")).isTrue();
    }
}
