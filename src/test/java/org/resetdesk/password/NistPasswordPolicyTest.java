package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Mode nist with the shipped common passwords. */
class NistPasswordPolicyTest {

    private static final PasswordUser JOHN = new PasswordUser("John", "Doe", "john.doe@contoso.example");
    private static final PasswordPolicy POLICY = PasswordPolicy.nist(TermFiles.commonPasswords(), "Contoso",
            "ResetDesk");

    private static List<RejectionReason> reasons(String password, boolean mfa) {
        return POLICY.evaluate(password, JOHN, mfa).rejections().stream().map(Rejection::reason).toList();
    }

    @Test
    void evaluate_fourteenCharactersSingleFactor_isTooShortForFifteen() {
        PasswordEvaluation evaluation = POLICY.evaluate("violet lamp 42", JOHN, false);

        assertThat(evaluation.rejections()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.TOO_SHORT);
            assertThat(r.args()).containsEntry("min", "15");
        });
    }

    @Test
    void evaluate_fourteenCharactersAfterMfa_isAccepted() {
        assertThat(reasons("violet lamp 42", true)).isEmpty();
    }

    @Test
    void evaluate_sevenCharactersAfterMfa_isTooShortForEight() {
        assertThat(reasons("vlamp42", true)).containsExactly(RejectionReason.TOO_SHORT);
    }

    @Test
    void evaluate_lowerCaseWordsOnly_isAcceptedWithoutCompositionRules() {
        assertThat(reasons("violet lamp under the river", false)).isEmpty();
    }

    @Test
    void evaluate_passphraseOver100UnicodeCharacters_isAccepted() {
        String phrase = "În dimineața aceea, pisica vecinei a sărit peste gard și a furat o chiflă caldă de pe "
                + "pervazul bucătăriei noastre 🥐";

        assertThat(phrase.codePointCount(0, phrase.length())).isGreaterThan(100);
        assertThat(reasons(phrase, false)).isEmpty();
    }

    @Test
    void evaluate_257Characters_isTooLong() {
        assertThat(reasons("violet lamp ".repeat(21) + "river", false)).contains(RejectionReason.TOO_LONG);
    }

    @Test
    void evaluate_commonPasswordPadded_isBlocklisted() {
        assertThat(reasons("ILoveYou!!!!!!!!", false)).containsExactly(RejectionReason.BLOCKLISTED);
    }

    @Test
    void evaluate_repeatedUnit_isRepetitive() {
        assertThat(reasons("river!river!river!", false)).containsExactly(RejectionReason.REPETITIVE);
    }

    @Test
    void evaluate_keyboardRowAndDigits_isSequential() {
        assertThat(reasons("poiuytrewq 56789", false)).containsExactly(RejectionReason.SEQUENTIAL);
    }

    @Test
    void evaluate_serviceName_isAContextWord() {
        assertThat(reasons("resetdesk is my favourite bot", false)).containsExactly(RejectionReason.CONTEXT_WORDS);
    }

    @Test
    void evaluate_usersUpnLocalPart_isAContextWord() {
        assertThat(reasons("john.doe likes long walks", false)).containsExactly(RejectionReason.CONTEXT_WORDS);
    }

    @Test
    void mode_isNist() {
        assertThat(POLICY.mode()).isEqualTo(PasswordMode.NIST);
        assertThat(POLICY.minimumLength(false)).isEqualTo(15);
        assertThat(POLICY.minimumLength(true)).isEqualTo(8);
    }
}
