package org.resetdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DecoyQuestionsTest {

    private static final byte[] SECRET = "an obviously fake test secret of 32+ bytes".getBytes(StandardCharsets.UTF_8);
    private static final List<String> POOL = List.of("question.first-pet", "question.birth-city",
            "question.first-school", "question.childhood-friend", "question.first-car", "question.favourite-teacher",
            "question.mother-birth-city", "question.first-job");

    private final DecoyQuestions decoys = new DecoyQuestions(SECRET, POOL, 3);

    @Test
    void registeredFor_unknownName_givesThreeToFiveDifferentPoolQuestions() {
        List<String> questions = decoys.registeredFor("nobody@contoso.example");

        assertThat(questions).hasSizeBetween(3, 5).doesNotHaveDuplicates();
        assertThat(POOL).containsAll(questions);
    }

    @Test
    void registeredFor_manyNames_varyInHowManyQuestionsTheyHaveLikeRealEmployees() {
        java.util.Set<Integer> counts = new java.util.HashSet<>();
        for (int i = 0; i < 60; i++) {
            counts.add(decoys.registeredFor("nobody" + i + "@contoso.example").size());
        }

        assertThat(counts).containsExactlyInAnyOrder(3, 4, 5);
    }

    @Test
    void registeredFor_sameNameTwice_givesTheSameQuestions() {
        assertThat(decoys.registeredFor("nobody@contoso.example"))
                .isEqualTo(decoys.registeredFor("nobody@contoso.example"));
    }

    @Test
    void registeredFor_sameNameInAnotherInstanceWithTheSameSecret_givesTheSameQuestions() {
        DecoyQuestions other = new DecoyQuestions(SECRET.clone(), POOL, 3);

        assertThat(other.registeredFor("nobody@contoso.example"))
                .isEqualTo(decoys.registeredFor("nobody@contoso.example"));
    }

    @Test
    void registeredFor_nameInOtherCaseAndSpaces_givesTheSameQuestions() {
        assertThat(decoys.registeredFor("  NoBody@Contoso.example "))
                .isEqualTo(decoys.registeredFor("nobody@contoso.example"));
    }

    @Test
    void registeredFor_differentNames_giveVariedQuestions() {
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            seen.add(decoys.registeredFor("user" + i + "@contoso.example"));
        }

        assertThat(seen).hasSizeGreaterThan(20);
    }

    @Test
    void registeredFor_otherSecret_givesOtherQuestionsForMostNames() {
        DecoyQuestions otherSecret = new DecoyQuestions(
                "another obviously fake secret, 32+ bytes".getBytes(StandardCharsets.UTF_8), POOL, 3);
        int differing = 0;
        for (int i = 0; i < 20; i++) {
            String name = "user" + i + "@contoso.example";
            if (!otherSecret.registeredFor(name).equals(decoys.registeredFor(name))) {
                differing++;
            }
        }

        assertThat(differing).isGreaterThan(15);
    }

    @Test
    void registeredFor_decoys_canBeSelectedLikeRealQuestions() {
        List<String> registered = new DecoyQuestions(SECRET, POOL, 5).registeredFor("nobody@contoso.example");

        assertThat(new SecurityAnswers(1_000, 3).select(registered)).hasSize(3).isSubsetOf(registered);
    }

    @Test
    void constructor_shortSecret_isRefused() {
        assertThatThrownBy(() -> new DecoyQuestions(new byte[16], POOL, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }

    @Test
    void constructor_poolSmallerThanRegistered_isRefused() {
        assertThatThrownBy(() -> new DecoyQuestions(SECRET, List.of("a", "b", "a"), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
