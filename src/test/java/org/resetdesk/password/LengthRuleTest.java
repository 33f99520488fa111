package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LengthRuleTest {

    private final LengthRule nist = new LengthRule(15, 8, 256);

    @Test
    void check_shorterThanMinimum_isTooShortWithTheMinimum() {
        assertThat(nist.check(new PasswordCandidate("fourteen-chars", null, false)))
                .containsExactly(new Rejection(RejectionReason.TOO_SHORT, Map.of("min", "15")));
    }

    @Test
    void check_minimumLength_passes() {
        assertThat(nist.check(new PasswordCandidate("fifteen-chars!!", null, false))).isEmpty();
    }

    @Test
    void check_eightCharactersAfterMfa_passes() {
        assertThat(nist.check(new PasswordCandidate("eight-ch", null, true))).isEmpty();
    }

    @Test
    void check_sevenCharactersAfterMfa_isTooShortWithTheMfaMinimum() {
        assertThat(nist.check(new PasswordCandidate("seven-c", null, true)))
                .containsExactly(new Rejection(RejectionReason.TOO_SHORT, Map.of("min", "8")));
    }

    @Test
    void check_longerThanMaximum_isTooLong() {
        assertThat(nist.check(new PasswordCandidate("x".repeat(257), null, false)))
                .containsExactly(new Rejection(RejectionReason.TOO_LONG, Map.of("max", "256")));
    }

    @Test
    void check_charactersOutsideTheBmp_countAsOneEach() {
        String fifteenEmoji = "\uD83D\uDD11".repeat(15); // 15 keys, 30 UTF-16 chars

        assertThat(nist.check(new PasswordCandidate(fifteenEmoji, null, false))).isEmpty();
        assertThat(nist.check(new PasswordCandidate("\uD83D\uDD11".repeat(14), null, false))).isNotEmpty();
    }

    @Test
    void constructor_minimumAboveMaximum_fails() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LengthRule(300, 8, 256))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
