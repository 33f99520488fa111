package org.resetdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.resetdesk.text.Language;

/** How a decision is taken between sections that rank too close to choose. */
class KnowledgeAnswersTest {

    private static final double TAU = KnowledgeProperties.defaults().answerThreshold();

    @Test
    void amongCloseSections_theOneCoveringClearlyMoreOfTheQuestion_answers() {
        Candidate best = candidate("not-enabled", 0.81);
        Candidate rival = candidate("onprem", 0.92);

        assertThat(KnowledgeAnswers.coveringMost(best, List.of(rival), TAU)).contains(rival);
    }

    @Test
    void closeSectionsCoveringAlike_areLeftToTheUser() {
        Candidate best = candidate("a", 0.85);

        assertThat(KnowledgeAnswers.coveringMost(best, List.of(candidate("b", 0.80)), TAU)).isEmpty();
        assertThat(KnowledgeAnswers.coveringMost(best, List.of(candidate("b", 0.70), candidate("c", 0.80)), TAU))
                .isEmpty();
    }

    @Test
    void aSectionCoveringMoreButBelowTau_neverAnswers() {
        Candidate best = candidate("a", 0.30);

        assertThat(KnowledgeAnswers.coveringMost(best, List.of(candidate("b", 0.50)), TAU)).isEmpty();
    }

    @Test
    void aGreetingAtTheStart_isNotPartOfTheQuestion() {
        assertThat(KnowledgeAnswers.withoutGreeting("Good morning, my new password isn't accepted"))
                .isEqualTo("my new password isn't accepted");
        assertThat(KnowledgeAnswers.withoutGreeting("Bună ziua! nu îmi acceptă parola")).isEqualTo("nu îmi acceptă parola");
        assertThat(KnowledgeAnswers.withoutGreeting("highest password length")).isEqualTo("highest password length");
        assertThat(KnowledgeAnswers.withoutGreeting("Hello!")).isEqualTo("Hello!");

        Lookup lookup = TestKnowledge.answers().lookup("Good morning, my new password isn't accepted", Language.EN);
        assertThat(lookup.kind()).isEqualTo(Lookup.Kind.ANSWER);
        assertThat(lookup.best().section().id()).isEqualTo("password-rejected-policy"); // not the tips on good ones
    }

    private static Candidate candidate(String id, double confidence) {
        KnowledgeSection section = new KnowledgeSection(id, Language.EN, "article", "Heading " + id, List.of(),
                "Text.", List.of());
        return new Candidate(section, confidence, 1.0, 0.3);
    }
}
