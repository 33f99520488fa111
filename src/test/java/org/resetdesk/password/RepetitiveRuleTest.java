package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepetitiveRuleTest {

    private final RepetitiveRule rule = new RepetitiveRule();

    private boolean refused(String password) {
        return rule.check(new PasswordCandidate(password, null, false)).stream()
                .anyMatch(r -> r.reason() == RejectionReason.REPETITIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaaaaaa", "abcabcabcabcabcab", "Summer!Summer!Summer!", "xyxyxyxyxyxyxyxyxyxy"})
    void check_oneUnitRepeatedThroughout_isRefused(String password) {
        assertThat(refused(password)).isTrue();
    }

    @Test
    void check_fewerThanFourDistinctCharacters_isRefused() {
        assertThat(refused("abacbcbbaccbaabcbbca")).isTrue();
    }

    @Test
    void check_repetitionInOnlyPartOfThePassword_passes() {
        assertThat(refused("aaaa violet lamp river")).isFalse();
    }
}
