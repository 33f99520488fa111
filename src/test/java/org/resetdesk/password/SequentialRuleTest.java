package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SequentialRuleTest {

    private final SequentialRule rule = new SequentialRule();

    private boolean refused(String password) {
        return rule.check(new PasswordCandidate(password, null, false)).stream()
                .anyMatch(r -> r.reason() == RejectionReason.SEQUENTIAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012345", "abcdefghijklmnop", "ZYXWVUTSRQPONML", "qwertyuiopasdfgh",
            "0987654321poiuy", "Password12345678"})
    void check_mostlySequences_isRefused(String password) {
        assertThat(refused(password)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"violet lamp river 1234", "abc mango 123 pebble", "q8w-z3p!k7m"})
    void check_shortOrFewSequences_passes(String password) {
        assertThat(refused(password)).isFalse();
    }
}
