package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BannedTermsRuleTest {

    private static BannedTermsRule banning(String... terms) {
        return new BannedTermsRule(new BannedPasswordScorer(new FuzzyTermSet(List.of(terms)),
                new FuzzyTermSet(List.of("contoso"))));
    }

    private static List<RejectionReason> reasons(BannedTermsRule rule, String password, PasswordUser user) {
        return rule.check(new PasswordCandidate(password, user, false)).stream().map(Rejection::reason).toList();
    }

    @Test
    void check_blankBannedAndBlAtNK_isRefused() {
        assertThat(reasons(banning("blank"), "Bl@nK", null)).containsExactly(RejectionReason.BANNED_TERMS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdeg", "abcdefg", "abcde"})
    void check_abcdefBannedAndOneEditAway_isRefused(String password) {
        assertThat(reasons(banning("abcdef"), password, null)).containsExactly(RejectionReason.BANNED_TERMS);
    }

    @Test
    void check_bannedTermWithFourCharactersOfItsOwn_passesAtFivePoints() {
        assertThat(reasons(banning("blank"), "Bl@nk-7Qz", null)).isEmpty();
    }

    @Test
    void check_bannedTermWithThreeCharactersOfItsOwn_isRefusedAtFourPoints() {
        assertThat(reasons(banning("blank"), "Bl@nk-7Q", null)).containsExactly(RejectionReason.BANNED_TERMS);
    }

    @Test
    void check_lastNameAndLittleElse_isRefusedAsUserTerms() {
        PasswordUser ana = new PasswordUser("Ana", "Popescu", "ana.popescu@contoso.example");

        assertThat(reasons(banning("blank"), "Popescu#26", ana)).containsExactly(RejectionReason.USER_TERMS);
    }

    @Test
    void check_firstNameShorterThanFourCharacters_isNotATerm() {
        PasswordUser ana = new PasswordUser("Ana", "Popescu", "ana.popescu@contoso.example");

        assertThat(reasons(banning("blank"), "Ana#2026", ana)).isEmpty();
    }

    @Test
    void check_organisationNameAndBannedTerm_givesBothReasons() {
        assertThat(reasons(banning("blank"), "C0ntos0Blank12", null))
                .containsExactly(RejectionReason.BANNED_TERMS, RejectionReason.USER_TERMS);
    }

    @Test
    void check_organisationNameAndBannedTermWithEnoughElse_passes() {
        assertThat(reasons(banning("blank"), "ContoS0Bl@nkf9!", null)).isEmpty();
    }

    @Test
    void check_shortPasswordWithoutAnyTerm_isLeftToTheLengthRule() {
        assertThat(reasons(banning("blank"), "Xq9!", null)).isEmpty();
    }
}
