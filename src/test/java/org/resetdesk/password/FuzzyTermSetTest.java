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

    /**
     * Against a plain definition (the window equals a term, or a term with one character replaced, left out, or added
     * anywhere but at either end), for many random windows over a small alphabet, where near misses are common.
     */
    @Test
    void matches_agreesWithThePlainDefinition_onRandomWindows() {
        List<String> vocabulary = List.of("pass", "word", "contoso", "dragon", "abc12", "monkeys", "qwertyui");
        FuzzyTermSet set = new FuzzyTermSet(vocabulary);
        java.util.Random random = new java.util.Random(20261125);
        String alphabet = "abcdenoprstwy12";
        for (int i = 0; i < 20_000; i++) {
            String window = random.nextInt(3) == 0 ? mutate(vocabulary.get(random.nextInt(vocabulary.size())), random,
                    alphabet) : randomText(random, alphabet, 2 + random.nextInt(9));
            int[] cps = window.codePoints().toArray();
            boolean expected = vocabulary.stream().anyMatch(term -> withinOneEdit(term, window));
            assertThat(set.matches(cps, 0, cps.length)).as(window).isEqualTo(expected);
        }
    }

    private static String mutate(String term, java.util.Random random, String alphabet) {
        StringBuilder text = new StringBuilder(term);
        for (int edits = random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(text.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(3)) {
                case 0 -> text.setCharAt(at, c);
                case 1 -> text.insert(at, c);
                default -> {
                    if (text.length() > 2) {
                        text.deleteCharAt(at);
                    }
                }
            }
        }
        return text.toString();
    }

    private static String randomText(java.util.Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** The plain definition, by brute force. */
    private static boolean withinOneEdit(String term, String window) {
        if (term.equals(window)) {
            return true;
        }
        for (int i = 0; i < term.length(); i++) {
            if (window.equals(term.substring(0, i) + term.substring(i + 1))) {
                return true;
            }
            if (window.length() == term.length() && window.substring(0, i).equals(term.substring(0, i))
                    && window.substring(i + 1).equals(term.substring(i + 1))) {
                return true;
            }
        }
        for (int i = 1; i < window.length() - 1; i++) {
            if (term.equals(window.substring(0, i) + window.substring(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
