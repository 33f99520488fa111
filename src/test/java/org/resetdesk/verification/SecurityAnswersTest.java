package org.resetdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecurityAnswersTest {

    /** Few iterations keep the tests fast; production uses at least 210,000. */
    private final SecurityAnswers answers = new SecurityAnswers(1_000, 3);

    private static final List<String> REGISTERED = List.of("question.first-pet", "question.birth-city",
            "question.first-school", "question.first-car", "question.first-job");

    @ParameterizedTest
    @CsvSource({
            "'Brașov', brasov", "'Braşov', brasov", "' BRAȘOV ', brasov",
            "'Timișoara', timisoara", "'Timişoara', timisoara",
            "'Piața Unirii', piata unirii", "'Târgu   Mureș', targu mures", "'Țânțăreni', tantareni",
            "'Ţânţăreni', tantareni", "'Râmnicu Vâlcea', ramnicu valcea", "'Întâi', intai",
            "'  Rex\t the\n Dog ', rex the dog"})
    void normalise_caseSpacesAndDiacritics_areFolded(String answer, String expected) {
        assertThat(SecurityAnswers.normalise(answer)).isEqualTo(expected);
    }

    @Test
    void normalise_punctuation_isKept() {
        assertThat(SecurityAnswers.normalise("O'Brien")).isEqualTo("o'brien");
    }

    @Test
    void hash_anyAnswer_isSelfDescribingPbkdf2() {
        assertThat(answers.hash("Rex")).matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void hash_sameAnswerTwice_usesDifferentSalts() {
        assertThat(answers.hash("Rex")).isNotEqualTo(answers.hash("Rex"));
    }

    @Test
    void hash_anyAnswer_doesNotContainTheAnswer() {
        assertThat(answers.hash("brasov")).doesNotContainIgnoringCase("brasov");
    }

    @Test
    void matches_sameAnswer_isTrue() {
        assertThat(answers.matches("Rex", answers.hash("Rex"))).isTrue();
    }

    @Test
    void matches_romanianSpellingsOfTheSameAnswer_areTrue() {
        String stored = answers.hash("Ștefan cel Mare");

        assertThat(answers.matches("  ştefan  CEL mare", stored)).isTrue();
        assertThat(answers.matches("stefan cel mare", stored)).isTrue();
    }

    @Test
    void matches_otherAnswer_isFalse() {
        assertThat(answers.matches("Max", answers.hash("Rex"))).isFalse();
    }

    @Test
    void matches_hashMadeWithOtherIterations_usesTheStoredCount() {
        String stored = new SecurityAnswers(2_000, 3).hash("Rex");

        assertThat(answers.matches("Rex", stored)).isTrue();
    }

    @Test
    void matches_defaultIterationsHash_isTrue() {
        SecurityAnswers production = new SecurityAnswers(210_000, 3);

        assertThat(production.matches("Rex", production.hash("rex"))).isTrue();
    }

    @Test
    void matches_malformedStoredValue_isRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> answers.matches("Rex", "pbkdf2-sha256$1000$n0t*base64$secretish"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("secretish")
                .hasMessageNotContaining("n0t");
    }

    @Test
    void matches_otherScheme_isRefused() {
        assertThatThrownBy(() -> answers.matches("Rex", "md5$1$AAAA$AAAA"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matches_absurdIterationCount_isRefusedWithoutComputing() {
        String stored = answers.hash("Rex").replace("$1000$", "$2000000000$");

        assertThatThrownBy(() -> answers.matches("Rex", stored)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsRehash_fewerIterationsThanConfigured_isTrue() {
        String stored = answers.hash("Rex");

        assertThat(new SecurityAnswers(5_000, 3).needsRehash(stored)).isTrue();
    }

    @Test
    void needsRehash_configuredIterations_isFalse() {
        assertThat(answers.needsRehash(answers.hash("Rex"))).isFalse();
    }

    @Test
    void select_fiveRegistered_givesThreeDifferentRegisteredQuestions() {
        List<String> selected = answers.select(REGISTERED);

        assertThat(selected).hasSize(3).doesNotHaveDuplicates();
        assertThat(REGISTERED).containsAll(selected);
    }

    @Test
    void select_configuredFive_asksFive() {
        assertThat(new SecurityAnswers(1_000, 5).select(REGISTERED)).hasSameElementsAs(REGISTERED);
    }

    @Test
    void select_calledAgainAfterAWrongAnswer_givesFreshSelections() {
        Set<Set<String>> selections = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            selections.add(Set.copyOf(answers.select(REGISTERED)));
        }

        // Ten 3-of-5 sets exist; 50 random draws reaching only one or two would mean the choice is not random.
        assertThat(selections).hasSizeGreaterThan(3);
    }

    @Test
    void select_fewerRegisteredThanAsked_isRefused() {
        List<String> twoDistinct = List.of("question.first-pet", "question.birth-city", "question.first-pet");

        assertThatThrownBy(() -> answers.select(twoDistinct))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only 2 questions registered");
    }

    @Test
    void constructor_askingTwo_isRefused() {
        assertThatThrownBy(() -> new SecurityAnswers(1_000, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchesNothing_anyAnswer_isFalse() {
        SecurityAnswers answers = new SecurityAnswers(1000, 3);

        assertThat(answers.matchesNothing("Brașov")).isFalse();
        assertThat(answers.matchesNothing("")).isFalse();
    }
}
