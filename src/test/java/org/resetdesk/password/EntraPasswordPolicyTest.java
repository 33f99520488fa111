package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mode entra with the shipped common passwords and the default organisation name. */
class EntraPasswordPolicyTest {

    private static final PasswordUser ANA = new PasswordUser("Ana", "Popescu", "ana.popescu@contoso.example");
    private static final PasswordPolicy POLICY = PasswordPolicy.entra(TermFiles.commonPasswords(), "Contoso");

    private static List<RejectionReason> reasons(PasswordPolicy policy, String password) {
        return policy.evaluate(password, ANA, false).rejections().stream().map(Rejection::reason).toList();
    }

    @Test
    void evaluate_sevenCharacters_isTooShort() {
        assertThat(reasons(POLICY, "Vx7!qTz")).containsExactly(RejectionReason.TOO_SHORT);
    }

    @Test
    void evaluate_257Characters_isTooLong() {
        assertThat(reasons(POLICY, "Vx7!qTz9".repeat(32) + "k")).containsExactly(RejectionReason.TOO_LONG);
    }

    @Test
    void evaluate_twoCharacterClasses_isRefusedForClasses() {
        assertThat(reasons(POLICY, "vxqtzmkw79")).containsExactly(RejectionReason.TOO_FEW_CHARACTER_CLASSES);
    }

    @Test
    void evaluate_commonPasswordWithSubstitutions_isBanned() {
        assertThat(reasons(POLICY, "P@ssw0rd!1")).containsExactly(RejectionReason.BANNED_TERMS);
    }

    @Test
    void evaluate_lastNameAndThreeCharacters_isRefusedForUserTerms() {
        assertThat(reasons(POLICY, "Popescu#26")).containsExactly(RejectionReason.USER_TERMS);
    }

    @Test
    void evaluate_entrasOwnExample_pollCannotPickP0LL23fb() {
        PasswordUser poll = new PasswordUser("Poll", "Smith", "poll.smith@contoso.example");

        PasswordEvaluation evaluation = POLICY.evaluate("p0LL23fb", poll, false);

        assertThat(evaluation.score()).as("the score alone would pass").isGreaterThanOrEqualTo(5);
        assertThat(evaluation.rejections()).extracting(Rejection::reason).containsExactly(RejectionReason.USER_TERMS);
    }

    @Test
    void evaluate_theNameInsideALongPassword_isStillRefused() {
        assertThat(reasons(POLICY, "Winter-Popescu-Lantern-42")).containsExactly(RejectionReason.USER_TERMS);
    }

    @Test
    void evaluate_organisationNameAndThreeCharacters_isRefusedForUserTerms() {
        assertThat(reasons(POLICY, "C0nt0so!26")).containsExactly(RejectionReason.USER_TERMS);
    }

    @Test
    void evaluate_strongPassword_isAcceptedWithOnePointPerCharacter() {
        PasswordEvaluation evaluation = POLICY.evaluate("Vx7!qTz9-kWm", ANA, false);

        assertThat(evaluation.accepted()).isTrue();
        assertThat(evaluation.rejections()).isEmpty();
        assertThat(evaluation.score()).isEqualTo(12);
    }

    @Test
    void evaluate_everyProblemAtOnce_listsEveryReasonInRuleOrder() {
        assertThat(reasons(POLICY, "password")).containsExactly(RejectionReason.TOO_FEW_CHARACTER_CLASSES,
                RejectionReason.BANNED_TERMS);
    }

    @Test
    void evaluate_blankBannedAndBlAtNK_isRefusedAsBanned() {
        PasswordPolicy policy = PasswordPolicy.entra(List.of("blank"), "Contoso");

        assertThat(reasons(policy, "Bl@nK")).contains(RejectionReason.BANNED_TERMS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdeg", "abcdefg", "abcde"})
    void evaluate_abcdefBannedAndOneEditAway_isRefusedAsBanned(String password) {
        PasswordPolicy policy = PasswordPolicy.entra(List.of("abcdef"), "Contoso");

        assertThat(reasons(policy, password)).contains(RejectionReason.BANNED_TERMS);
    }

    @Test
    void evaluate_documentedFivePointPassword_isAcceptedWithScoreFive() {
        PasswordEvaluation evaluation = PasswordPolicy.entra(List.of("blank"), "Contoso")
                .evaluate("ContoS0Bl@nkf9!", PasswordUser.unknown(), false);

        assertThat(evaluation.score()).isEqualTo(5);
        assertThat(evaluation.accepted()).isTrue();
    }

    @Test
    void evaluate_documentedFourPointPassword_isRefusedWithScoreFour() {
        PasswordEvaluation evaluation = PasswordPolicy.entra(List.of("blank"), "Contoso")
                .evaluate("C0ntos0Blank12", PasswordUser.unknown(), false);

        assertThat(evaluation.score()).isEqualTo(4);
        assertThat(evaluation.accepted()).isFalse();
    }

    @Test
    void evaluate_otherOrganisationName_bansThatNameInstead() {
        PasswordPolicy fabrikam = PasswordPolicy.entra(List.of(), "Northwind");

        assertThat(reasons(fabrikam, "N0rthw1nd!26")).containsExactly(RejectionReason.USER_TERMS);
        assertThat(reasons(fabrikam, "C0nt0so!26")).isEmpty();
    }

    @Test
    void evaluate_rejections_neverContainThePassword() {
        PasswordEvaluation evaluation = POLICY.evaluate("Popescu#26", ANA, false);

        assertThat(evaluation.toString()).doesNotContain("Popescu#26").doesNotContain("opescu");
    }
}
