package org.resetdesk.password;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Hostile input: the longest passwords, repeated near-matches of every term, must not make evaluation slow. */
class PasswordPolicyLimitsTest {

    private static final List<String> TERMS = TermFiles.commonPasswords();
    private static final PasswordUser ANA = new PasswordUser("Ana", "Popescu", "ana.popescu@contoso.example");

    @Test
    void evaluate_hundredMaximumLengthNearMatches_finishesWithinTwoSeconds() {
        PasswordPolicy entra = PasswordPolicy.entra(TERMS, "Contoso");
        PasswordPolicy nist = PasswordPolicy.nist(TERMS, "Contoso", "ResetDesk");
        String hostile = "P@ssw0rdx".repeat(29).substring(0, 256);

        List<PasswordEvaluation> nistResults = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            List<PasswordEvaluation> all = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                entra.evaluate(hostile, ANA, false);
                all.add(nist.evaluate(hostile, ANA, false));
            }
            return all;
        });

        assertThat(nistResults).hasSize(50).allMatch(evaluation -> evaluation.rejections().stream()
                .anyMatch(r -> r.reason() == RejectionReason.REPETITIVE));
    }

    @Test
    void evaluate_257CharactersOfTerms_isRefusedForLengthAndStillScored() {
        PasswordEvaluation evaluation = PasswordPolicy.entra(TERMS, "Contoso")
                .evaluate("Contoso1!".repeat(29).substring(0, 257), ANA, false);

        assertThat(evaluation.rejections()).extracting(Rejection::reason).contains(RejectionReason.TOO_LONG);
        assertThat(evaluation.score()).isBetween(1, 257);
    }

    @Test
    void evaluate_everyShippedCommonPassword_isRefusedInBothModes() {
        PasswordPolicy entra = PasswordPolicy.entra(TERMS, "Contoso");
        PasswordPolicy nist = PasswordPolicy.nist(TERMS, "Contoso", "ResetDesk");

        assertThat(TERMS).noneMatch(term -> entra.evaluate(term, ANA, false).accepted())
                .noneMatch(term -> nist.evaluate(term, ANA, true).accepted());
    }
}
