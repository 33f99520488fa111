package org.resetdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resetdesk.MutableClock;

class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DEMO_SECRET = Base32.decode("JBSWY3DPEHPK3PXP");
    /** 10:00:10 UTC, 10 seconds into a step, so one step back or forward stays clearly inside it. */
    private static final Instant START = Instant.parse("2026-03-02T10:00:10Z");

    private final MutableClock clock = new MutableClock(START);
    private final Totp totp = new Totp(clock, 6, Totp.Algorithm.SHA1, 1000);

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void codeAt_rfc6238Times_giveTheEightDigitRfcCodes(long epochSecond, String code) {
        Totp eightDigits = new Totp(clock, 8, Totp.Algorithm.SHA1, 1000);

        assertThat(eightDigits.codeAt(RFC_SECRET, Instant.ofEpochSecond(epochSecond))).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130"})
    void codeAt_rfc6238Times_giveTheLastSixDigitsForAuthenticatorApps(long epochSecond, String code) {
        assertThat(totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(epochSecond))).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "20000000000, 65353130"})
    void verify_rfc6238CodeAtItsTime_isAccepted(long epochSecond, String code) {
        MutableClock then = new MutableClock(Instant.ofEpochSecond(epochSecond));
        Totp eightDigits = new Totp(then, 8, Totp.Algorithm.SHA1, 1000);

        assertThat(eightDigits.verify("rfc", RFC_SECRET, code)).isEqualTo(TotpCheck.ACCEPTED);
    }

    @Test
    void codeAt_sha256AndSha512RfcSeeds_giveTheRfcCodes() {
        byte[] seed32 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
        byte[] seed64 = "1234567890123456789012345678901234567890123456789012345678901234"
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(new Totp(clock, 8, Totp.Algorithm.SHA256, 10).codeAt(seed32, Instant.ofEpochSecond(59)))
                .isEqualTo("46119246");
        assertThat(new Totp(clock, 8, Totp.Algorithm.SHA512, 10).codeAt(seed64, Instant.ofEpochSecond(59)))
                .isEqualTo("90693936");
    }

    @Test
    void verify_demoSecretCurrentCode_isAccepted() {
        String code = totp.codeAt(DEMO_SECRET, START);

        assertThat(totp.verify("ana.popescu@contoso.example", DEMO_SECRET, code)).isEqualTo(TotpCheck.ACCEPTED);
    }

    @Test
    void verify_codeWithSpaceInTheMiddle_isAccepted() {
        String code = totp.codeAt(DEMO_SECRET, START);

        assertThat(totp.verify("ana", DEMO_SECRET, code.substring(0, 3) + " " + code.substring(3)))
                .isEqualTo(TotpCheck.ACCEPTED);
    }

    @Test
    void verify_codeOfThePreviousStep_isAccepted() {
        String previous = totp.codeAt(DEMO_SECRET, START.minus(Totp.STEP));

        assertThat(totp.verify("ana", DEMO_SECRET, previous)).isEqualTo(TotpCheck.ACCEPTED);
    }

    @Test
    void verify_codeOfTheNextStep_isAccepted() {
        String next = totp.codeAt(DEMO_SECRET, START.plus(Totp.STEP));

        assertThat(totp.verify("ana", DEMO_SECRET, next)).isEqualTo(TotpCheck.ACCEPTED);
    }

    @Test
    void verify_codeTwoStepsOld_isWrong() {
        String old = totp.codeAt(DEMO_SECRET, START.minus(Totp.STEP.multipliedBy(2)));

        assertThat(totp.verify("ana", DEMO_SECRET, old)).isEqualTo(TotpCheck.WRONG);
    }

    @Test
    void verify_codeTwoStepsAhead_isWrong() {
        String ahead = totp.codeAt(DEMO_SECRET, START.plus(Totp.STEP.multipliedBy(2)));

        assertThat(totp.verify("ana", DEMO_SECRET, ahead)).isEqualTo(TotpCheck.WRONG);
    }

    @Test
    void verify_sameCodeTwice_isReplayTheSecondTime() {
        String code = totp.codeAt(DEMO_SECRET, START);
        totp.verify("ana", DEMO_SECRET, code);

        assertThat(totp.verify("ana", DEMO_SECRET, code)).isEqualTo(TotpCheck.REPLAYED);
    }

    @Test
    void verify_sameCodeInTheNextStep_isStillReplay() {
        String code = totp.codeAt(DEMO_SECRET, START);
        totp.verify("ana", DEMO_SECRET, code);
        clock.advance(Totp.STEP);

        assertThat(totp.verify("ana", DEMO_SECRET, code)).isEqualTo(TotpCheck.REPLAYED);
    }

    @Test
    void verify_olderStepAfterANewerOneWasAccepted_isReplay() {
        totp.verify("ana", DEMO_SECRET, totp.codeAt(DEMO_SECRET, START));

        assertThat(totp.verify("ana", DEMO_SECRET, totp.codeAt(DEMO_SECRET, START.minus(Totp.STEP))))
                .isEqualTo(TotpCheck.REPLAYED);
    }

    @Test
    void verify_sameCodeForAccountWrittenInOtherCase_isReplay() {
        String code = totp.codeAt(DEMO_SECRET, START);
        totp.verify("Ana.Popescu@contoso.example", DEMO_SECRET, code);

        assertThat(totp.verify(" ana.popescu@CONTOSO.example", DEMO_SECRET, code)).isEqualTo(TotpCheck.REPLAYED);
    }

    @Test
    void verify_sameCodeForAnotherAccount_isAccepted() {
        String code = totp.codeAt(DEMO_SECRET, START);
        totp.verify("ana", DEMO_SECRET, code);

        assertThat(totp.verify("john", DEMO_SECRET, code)).isEqualTo(TotpCheck.ACCEPTED);
    }

    @Test
    void verify_nextStepsCodeAfterTimeMoves_isAccepted() {
        totp.verify("ana", DEMO_SECRET, totp.codeAt(DEMO_SECRET, START));
        clock.advance(Totp.STEP);

        assertThat(totp.verify("ana", DEMO_SECRET, totp.codeAt(DEMO_SECRET, clock.instant())))
                .isEqualTo(TotpCheck.ACCEPTED);
    }

    @Test
    void verify_codeLongAfterReplayMemoryExpired_isWrongNotAccepted() {
        String code = totp.codeAt(DEMO_SECRET, START);
        totp.verify("ana", DEMO_SECRET, code);
        clock.advance(Duration.ofMinutes(10));

        assertThat(totp.verify("ana", DEMO_SECRET, code)).isEqualTo(TotpCheck.WRONG);
    }

    @Test
    void verify_wrongCode_isWrong() {
        String code = totp.codeAt(DEMO_SECRET, START);
        String other = code.equals("000000") ? "000001" : "000000";

        assertThat(totp.verify("ana", DEMO_SECRET, other)).isEqualTo(TotpCheck.WRONG);
    }

    @Test
    void verify_emptyOrMissingCode_isWrong() {
        assertThat(totp.verify("ana", DEMO_SECRET, "")).isEqualTo(TotpCheck.WRONG);
        assertThat(totp.verify("ana", DEMO_SECRET, null)).isEqualTo(TotpCheck.WRONG);
    }

    @Test
    void verify_rightCodeWithAnotherSecret_isWrong() {
        String code = totp.codeAt(DEMO_SECRET, START);

        assertThat(totp.verify("ana", RFC_SECRET, code)).isEqualTo(TotpCheck.WRONG);
    }

    @Test
    void constructor_sevenDigits_isRefused() {
        assertThatThrownBy(() -> new Totp(clock, 7, Totp.Algorithm.SHA1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("digits");
    }
}
