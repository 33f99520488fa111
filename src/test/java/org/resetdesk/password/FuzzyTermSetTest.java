package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FuzzyTermSetTest {

    private final FuzzyTermSet terms = new FuzzyTermSet(List.of("abcdef"));

    private boolean matches(String window) {
        int[] cps = window.codePoints().toArray();
        return terms.matches(cps, 0, cps.length);
    }

    @Test
    void matches_theTermItself_isTrue() {
        assertThat(matches("abcdef")).isTrue();
    }

    @Test
    void matches_oneCharacterSubstituted_isTrue() {
        assertThat(matches("abcdeg")).isTrue();
        assertThat(matches("xbcdef")).isTrue();
    }

    @Test
    void matches_oneCharacterAddedInside_isTrue() {
        assertThat(matches("abcXdef")).isTrue();
        assertThat(matches("aXbcdef")).isTrue();
    }

    @Test
    void matches_characterAddedAtAnEdge_isFalseSoTheScoreCountsIt() {
        assertThat(matches("abcdefg")).isFalse();
        assertThat(matches("Xabcdef")).isFalse();
    }

    @Test
    void matches_oneCharacterRemoved_isTrue() {
        assertThat(matches("abcde")).isTrue();
        assertThat(matches("acdef")).isTrue();
    }

    @Test
    void matches_twoEdits_isFalse() {
        assertThat(matches("abcdxy")).isFalse();
        assertThat(matches("abcd")).isFalse();
        assertThat(matches("abcdefgh")).isFalse();
        assertThat(matches("bacdef")).isFalse(); // a swap is two edits in Levenshtein distance
    }

    @Test
    void matches_windowInsideALongerArray_usesOnlyTheWindow() {
        int[] cps = "xxabcdeyy".codePoints().toArray();

        assertThat(terms.matches(cps, 2, 5)).isTrue();
        assertThat(terms.matches(cps, 0, 5)).isFalse();
    }
}
