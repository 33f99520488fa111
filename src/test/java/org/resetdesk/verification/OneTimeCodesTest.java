package org.resetdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;

class OneTimeCodesTest {

    private static final Instant START = Instant.parse("2026-03-02T07:55:00Z");
    private static final String ANA = "ana.popescu@contoso.example";
    private static final String CONVERSATION = "conversation-1";

    private final MutableClock clock = new MutableClock(START);
    private final OneTimeCodes codes = new OneTimeCodes(clock, settings(8));

    private static VerificationProperties.Codes settings(int length) {
        return new VerificationProperties.Codes(length, Duration.ofMinutes(5), 10, Duration.ofMinutes(10),
                Duration.ofHours(24), 1000);
    }

    private String issue() {
        return issue(ANA, CONVERSATION);
    }

    private String issue(String account, String conversation) {
        CodeIssue issue = codes.issue(account, VerificationMethod.EMAIL_CODE, conversation);
        assertThat(issue).isInstanceOf(CodeIssue.Issued.class);
        return ((CodeIssue.Issued) issue).code();
    }

    private CodeCheck verify(String code) {
        return codes.verify(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION, code);
    }

    private static String another(String code) {
        return code.charAt(0) == '0' ? "1" + code.substring(1) : "0" + code.substring(1);
    }

    @Test
    void issue_byDefault_givesEightDigitsExpiringInFiveMinutes() {
        CodeIssue.Issued issued = (CodeIssue.Issued) codes.issue(ANA, VerificationMethod.SMS_CODE, CONVERSATION);

        assertThat(issued.code()).matches("\\d{8}");
        assertThat(issued.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void issue_configuredLength_givesThatManyDigits() {
        OneTimeCodes six = new OneTimeCodes(clock, settings(6));

        CodeIssue.Issued issued = (CodeIssue.Issued) six.issue(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION);

        assertThat(issued.code()).matches("\\d{6}");
    }

    @Test
    void issue_manyTimes_givesVariedCodes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            seen.add(issue(ANA + i, "c" + i));
        }

        assertThat(seen).hasSizeGreaterThan(8);
    }

    @Test
    void issued_toString_hidesTheCode() {
        CodeIssue.Issued issued = (CodeIssue.Issued) codes.issue(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION);

        assertThat(issued.toString()).doesNotContain(issued.code()).contains("hidden");
    }

    @Test
    void verify_rightCode_isAccepted() {
        String code = issue();

        assertThat(verify(code)).isEqualTo(CodeCheck.ACCEPTED);
    }

    @Test
    void verify_rightCodeTypedWithSpaces_isAccepted() {
        String code = issue();

        assertThat(verify(" " + code.substring(0, 4) + " " + code.substring(4) + " ")).isEqualTo(CodeCheck.ACCEPTED);
    }

    @Test
    void verify_wrongCode_isWrong() {
        String code = issue();

        assertThat(verify(another(code))).isEqualTo(CodeCheck.WRONG);
    }

    @Test
    void verify_rightCodeAfterAWrongOne_isStillAccepted() {
        String code = issue();
        verify(another(code));

        assertThat(verify(code)).isEqualTo(CodeCheck.ACCEPTED);
    }

    @Test
    void verify_sameCodeTwice_isUsedTheSecondTime() {
        String code = issue();
        verify(code);

        assertThat(verify(code)).isEqualTo(CodeCheck.USED);
    }

    @Test
    void verify_justBeforeFiveMinutes_isAccepted() {
        String code = issue();
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));

        assertThat(verify(code)).isEqualTo(CodeCheck.ACCEPTED);
    }

    @Test
    void verify_atFiveMinutes_isExpired() {
        String code = issue();
        clock.advance(Duration.ofMinutes(5));

        assertThat(verify(code)).isEqualTo(CodeCheck.EXPIRED);
    }

    @Test
    void verify_withoutAnIssuedCode_isNoCode() {
        assertThat(verify("12345678")).isEqualTo(CodeCheck.NO_CODE);
    }

    @Test
    void verify_longAfterExpiry_isNoCode() {
        String code = issue();
        clock.advance(Duration.ofHours(1));

        assertThat(verify(code)).isEqualTo(CodeCheck.NO_CODE);
    }

    @Test
    void verify_codeOfAReplacedIssue_isWrong() {
        String first = issue();
        String second = issue();

        assertThat(verify(first)).isEqualTo(first.equals(second) ? CodeCheck.ACCEPTED : CodeCheck.WRONG);
    }

    @Test
    void verify_newCodeAfterReplacement_isAccepted() {
        issue();
        String second = issue();

        assertThat(verify(second)).isEqualTo(CodeCheck.ACCEPTED);
    }

    @Test
    void verify_inAnotherConversation_isNoCode() {
        String code = issue();

        assertThat(codes.verify(ANA, VerificationMethod.EMAIL_CODE, "conversation-2", code))
                .isEqualTo(CodeCheck.NO_CODE);
    }

    @Test
    void verify_forAnotherMethod_isNoCode() {
        String code = issue();

        assertThat(codes.verify(ANA, VerificationMethod.SMS_CODE, CONVERSATION, code)).isEqualTo(CodeCheck.NO_CODE);
    }

    @Test
    void verify_forAnotherAccount_isNoCode() {
        String code = issue();

        assertThat(codes.verify("john.doe@contoso.example", VerificationMethod.EMAIL_CODE, CONVERSATION, code))
                .isEqualTo(CodeCheck.NO_CODE);
    }

    @Test
    void verify_accountWrittenInOtherCase_isAccepted() {
        String code = issue();

        assertThat(codes.verify(" Ana.Popescu@Contoso.example", VerificationMethod.EMAIL_CODE, CONVERSATION, code))
                .isEqualTo(CodeCheck.ACCEPTED);
    }

    @Test
    void issue_forAuthenticator_isRefused() {
        assertThatThrownBy(() -> codes.issue(ANA, VerificationMethod.AUTHENTICATOR, CONVERSATION))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issue_tenTimesInTenMinutes_isAllowed() {
        for (int i = 0; i < 9; i++) {
            issue();
            clock.advance(Duration.ofSeconds(30));
        }

        assertThat(codes.issue(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION)).isInstanceOf(CodeIssue.Issued.class);
    }

    @Test
    void issue_eleventhWithinTenMinutes_isThrottledForTwentyFourHours() {
        for (int i = 0; i < 10; i++) {
            issue();
            clock.advance(Duration.ofSeconds(30));
        }

        assertThat(codes.issue(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION))
                .isEqualTo(new CodeIssue.Throttled(clock.instant().plus(Duration.ofHours(24))));
    }

    @Test
    void issue_eleventhFromAnotherConversation_isThrottledBecauseTheAccountIs() {
        for (int i = 0; i < 10; i++) {
            issue(ANA, "conversation-" + i);
        }

        assertThat(codes.issue(ANA, VerificationMethod.EMAIL_CODE, "conversation-x"))
                .isInstanceOf(CodeIssue.Throttled.class);
    }

    @Test
    void issue_eleventhForAnotherAccountInTheSameConversation_isThrottledBecauseTheConversationIs() {
        for (int i = 0; i < 10; i++) {
            issue("user" + i + "@contoso.example", CONVERSATION);
        }

        assertThat(codes.issue("someone.else@contoso.example", VerificationMethod.EMAIL_CODE, CONVERSATION))
                .isInstanceOf(CodeIssue.Throttled.class);
    }

    @Test
    void issue_whileThrottled_doesNotReplaceTheWaitingCode() {
        for (int i = 0; i < 9; i++) {
            issue();
        }
        String last = issue();
        codes.issue(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION);

        assertThat(verify(last)).isEqualTo(CodeCheck.ACCEPTED);
    }

    @Test
    void issue_tenSpreadOverMoreThanTheWindow_isAllowed() {
        for (int i = 0; i < 10; i++) {
            issue();
            clock.advance(Duration.ofMinutes(2));
        }

        assertThat(codes.issue(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION)).isInstanceOf(CodeIssue.Issued.class);
    }

    @Test
    void issue_afterTheBlockEnds_isAllowedAgain() {
        for (int i = 0; i < 11; i++) {
            codes.issue(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION);
        }
        clock.advance(Duration.ofHours(24));

        assertThat(codes.issue(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION)).isInstanceOf(CodeIssue.Issued.class);
    }

    @Test
    void issue_afterResetAfterSuccess_isAllowedAgain() {
        for (int i = 0; i < 11; i++) {
            codes.issue(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION);
        }
        codes.resetAfterSuccess(ANA, CONVERSATION);

        assertThat(codes.issue(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION)).isInstanceOf(CodeIssue.Issued.class);
    }

    @Test
    void issue_beyondTheLimit_staysBlockedAfterTheWindowHasPassed() {
        for (int i = 0; i < 11; i++) {
            codes.issue(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION);
        }
        clock.advance(Duration.ofMinutes(11));

        assertThat(codes.issue(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION))
                .isInstanceOf(CodeIssue.Throttled.class);
    }

    @Test
    void noCodeIsIssued_whileTheProofThrottleBlocks_andTheRefusalsUseUpNoneOfTheAllowance() {
        ProofThrottle proofs = new ProofThrottle(clock, new VerificationProperties.Throttle(5, Duration.ofHours(1),
                Duration.ofHours(24), 1000, java.nio.file.Path.of("unused-blocks.json")));
        for (int i = 0; i < 5; i++) {
            proofs.recordFailure(ANA, "another-conversation");
        }

        for (int i = 0; i < 12; i++) {
            assertThat(codes.issue(ANA, java.util.List.of(ANA), VerificationMethod.EMAIL_CODE, CONVERSATION, proofs))
                    .isInstanceOf(CodeIssue.Throttled.class);
        }
        proofs.resetAfterSuccess(ANA, "another-conversation");

        for (int i = 0; i < 10; i++) {
            assertThat(codes.issue(ANA, java.util.List.of(ANA), VerificationMethod.EMAIL_CODE, CONVERSATION, proofs))
                    .isInstanceOf(CodeIssue.Issued.class);
        }
    }

    /** Codes and a proof throttle in one store, as {@code verify} with a throttle wants them. */
    private record OneStore(OneTimeCodes codes, ProofThrottle proofs) {
    }

    private OneStore oneStore() {
        org.resetdesk.state.MemorySharedMaps maps = new org.resetdesk.state.MemorySharedMaps(clock);
        return new OneStore(new OneTimeCodes(clock, settings(8), Blocks.inMemory(), maps),
                new ProofThrottle(clock, new VerificationProperties.Throttle(5, Duration.ofHours(1),
                        Duration.ofHours(24), 1000, java.nio.file.Path.of("unused-blocks.json")), Blocks.inMemory(),
                        maps));
    }

    @Test
    void aCodeCheckedWhileTheProofThrottleBlocks_isNotLookedAt_andStaysValid() {
        OneStore store = oneStore();
        String code = ((CodeIssue.Issued) store.codes().issue(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION))
                .code();
        for (int i = 0; i < 5; i++) {
            store.proofs().recordFailure(ANA, "another-conversation");
        }

        assertThat(store.codes().verify(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION, code, store.proofs(),
                java.util.List.of(ANA))).isInstanceOf(CodeAttempt.Blocked.class);
        store.proofs().resetAfterSuccess(ANA, "another-conversation");

        assertThat(store.codes().verify(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION, code, store.proofs(),
                java.util.List.of(ANA))).isEqualTo(new CodeAttempt.Checked(CodeCheck.ACCEPTED));
    }

    @Test
    void aCodeCheckedWithItsReservation_countsAsAFailureUntilTheAttemptIsFinished() {
        OneStore store = oneStore();
        String code = ((CodeIssue.Issued) store.codes().issue(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION))
                .code();
        for (int i = 0; i < 5; i++) {
            assertThat(store.codes().verify(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION, "00000000",
                    store.proofs(), java.util.List.of(ANA))).isEqualTo(new CodeAttempt.Checked(CodeCheck.WRONG));
        }

        // five attempts in flight, none finished: a sixth is refused, without looking at the (right) code
        assertThat(store.codes().verify(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION, code, store.proofs(),
                java.util.List.of(ANA))).isInstanceOf(CodeAttempt.Blocked.class);
        assertThat(store.codes().verify(ANA, VerificationMethod.EMAIL_CODE, CONVERSATION, code))
                .isEqualTo(CodeCheck.ACCEPTED);
    }
}
