package org.resetdesk.conversation.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFeaturesTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "password, passwords",
            "parola, parolei",
            "resetare, reseteaza",
            "resetez, resetat",
            "reset, resetting",
            "lock, locked",
            "blocat, blocata",
            "contul, contului",
            "question, questions",
    })
    void inflectedForms_shareTheirWordFeature(String one, String other) {
        assertThat(words(one)).isEqualTo(words(other));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource({"password, parola", "help, helpdesk", "lock, unlock", "cont, code"})
    void differentWords_haveDifferentWordFeatures(String one, String other) {
        assertThat(words(one)).isNotEqualTo(words(other));
    }

    @ParameterizedTest
    @CsvSource({"ab, 2", "reset, 5", "my password, 11"})
    void everyLetterPosition_givesOneTrigram(String text, int trigrams) {
        long[] keys = TextFeatures.of(text).keys();
        int[] counts = TextFeatures.of(text).counts();
        int total = 0;
        for (int i = 0; i < keys.length; i++) {
            if (!TextFeatures.isWordLevel(keys[i])) {
                total += counts[i];
            }
        }
        assertThat(total).isEqualTo(trigrams);
    }

    private static long[] words(String word) {
        return Arrays.stream(TextFeatures.of(word).keys()).filter(TextFeatures::isWordLevel).toArray();
    }
}
