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
    void evaluate_257CharactersOfTerms_isRefusedForLengthOnlyWithoutScoring() {
        PasswordEvaluation evaluation = PasswordPolicy.entra(TERMS, "Contoso")
                .evaluate("Contoso1!".repeat(29).substring(0, 257), ANA, false);

        assertThat(evaluation.rejections()).extracting(Rejection::reason).containsExactly(RejectionReason.TOO_LONG);
        assertThat(evaluation.score()).isZero();
    }

    @Test
    void evaluate_commonPasswordPaddedWithAnExpandingLigature_isStillRefused() {
        PasswordEvaluation evaluation = PasswordPolicy.entra(TERMS, "Contoso").evaluate("Password1!\uFDFA", ANA, false);

        assertThat(evaluation.accepted()).isFalse();
        assertThat(evaluation.score()).isLessThan(5);
    }

    @Test
    void evaluate_charactersThatAreOnlyCombiningMarks_doNotCountTowardsTheScore() {
        PasswordEvaluation evaluation = PasswordPolicy.entra(TERMS, "Contoso")
                .evaluate("a\u0301A\u03011\u0301!\u0301", ANA, false);

        assertThat(evaluation.accepted()).isFalse();
        assertThat(evaluation.rejections()).extracting(Rejection::reason).contains(RejectionReason.BANNED_TERMS);
    }

    @Test
    void evaluate_hugePasswordAndHugeNames_isAnsweredQuickly() {
        PasswordUser hostile = new PasswordUser("x".repeat(3000), "y".repeat(3000), "z@contoso.example");
        long started = System.nanoTime();

        PasswordEvaluation huge = PasswordPolicy.entra(TERMS, "Contoso").evaluate("a".repeat(200_000), hostile, false);
        PasswordEvaluation longNames = PasswordPolicy.entra(TERMS, "Contoso")
                .evaluate("Qx7!".repeat(64), hostile, false);

        assertThat(huge.accepted()).isFalse();
        assertThat(longNames.rejections()).isEmpty();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
    }

    @Test
    void evaluate_everyShippedCommonPassword_isRefusedInBothModes() {
        PasswordPolicy entra = PasswordPolicy.entra(TERMS, "Contoso");
        PasswordPolicy nist = PasswordPolicy.nist(TERMS, "Contoso", "ResetDesk");

        assertThat(TERMS).noneMatch(term -> entra.evaluate(term, ANA, false).accepted())
                .noneMatch(term -> nist.evaluate(term, ANA, true).accepted());
    }
}
