package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The scoring examples of Entra's banned-password documentation. */
class BannedPasswordScorerTest {

    private final BannedPasswordScorer contoso = new BannedPasswordScorer(
            new FuzzyTermSet(List.of("blank")), new FuzzyTermSet(List.of("contoso")));

    private BannedPasswordScorer.Score score(String password) {
        return contoso.score(PasswordNormaliser.normalise(password), Set.of());
    }

    @Test
    void score_twoTermsAndThreeCharacters_isFourPoints() {
        assertThat(score("C0ntos0Blank12").points()).isEqualTo(4);
    }

    @Test
    void score_twoTermsAndThreeOtherCharacters_isFivePoints() {
        assertThat(score("ContoS0Bl@nkf9!").points()).isEqualTo(5);
    }

    @Test
    void score_noTermFound_isOnePointPerCharacter() {
        BannedPasswordScorer.Score score = score("Tr4ve!");

        assertThat(score.points()).isEqualTo(6);
        assertThat(score.bannedTermFound()).isFalse();
        assertThat(score.personalTermFound()).isFalse();
    }

    @Test
    void score_eachOccurrenceOfATerm_countsOnce() {
        assertThat(score("blankblank").points()).isEqualTo(2);
    }

    @Test
    void score_personalTerm_isFoundAsExactSubstringOnly() {
        BannedPasswordScorer.Score exact = contoso.score("popescu99", Set.of("popescu"));
        BannedPasswordScorer.Score oneOff = contoso.score("popesku99", Set.of("popescu"));

        assertThat(exact.points()).isEqualTo(3);
        assertThat(exact.personalTermFound()).isTrue();
        assertThat(oneOff.points()).isEqualTo(9);
        assertThat(oneOff.personalTermFound()).isFalse();
    }

    @Test
    void score_organisationName_isFoundFuzzilyAndReportedAsPersonal() {
        BannedPasswordScorer.Score score = score("kontoso");

        assertThat(score.points()).isEqualTo(1);
        assertThat(score.personalTermFound()).isTrue();
        assertThat(score.bannedTermFound()).isFalse();
    }

    @Test
    void score_overlappingMatches_takesTheLowestScoringSplit() {
        BannedPasswordScorer scorer = new BannedPasswordScorer(new FuzzyTermSet(List.of("abcd", "cdefgh")),
                new FuzzyTermSet(List.of()));

        // Taking "abcd" first would leave "efgh": 1 + 4 = 5 points. "abc" (abcd less one letter) and "defgh"
        // (cdefgh less one letter) give 2.
        assertThat(scorer.score("abcdefgh", Set.of()).points()).isEqualTo(2);
    }
}
