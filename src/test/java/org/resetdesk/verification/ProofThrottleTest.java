package org.resetdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;

class ProofThrottleTest {

    private static final Instant START = Instant.parse("2026-03-02T07:55:00Z");
    private static final String ANA = "ana.popescu@contoso.example";
    private static final String CONVERSATION = "conversation-1";

    private final MutableClock clock = new MutableClock(START);
    private final ProofThrottle throttle = new ProofThrottle(clock,
            new VerificationProperties.Throttle(5, Duration.ofHours(1), Duration.ofHours(24), 1000,
                    java.nio.file.Path.of("blocks.json")));

    private void fail(int times, String account, String conversation) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(account, conversation);
        }
    }

    @Test
    void check_noFailures_isAllowed() {
        assertThat(throttle.check(ANA, CONVERSATION)).isEqualTo(new ThrottleDecision.Allowed());
    }

    @Test
    void check_fourFailures_isAllowed() {
        fail(4, ANA, CONVERSATION);

        assertThat(throttle.check(ANA, CONVERSATION).allowed()).isTrue();
    }

    @Test
    void recordFailure_fifthWithinAnHour_blocksForTwentyFourHours() {
        fail(4, ANA, CONVERSATION);
        clock.advance(Duration.ofMinutes(50));

        assertThat(throttle.recordFailure(ANA, CONVERSATION))
                .isEqualTo(new ThrottleDecision.Blocked(clock.instant().plus(Duration.ofHours(24))));
    }

    @Test
    void check_afterFiveFailures_isBlockedUntilTheBlockEnds() {
        fail(5, ANA, CONVERSATION);
        clock.advance(Duration.ofHours(3));

        assertThat(throttle.check(ANA, CONVERSATION))
                .isEqualTo(new ThrottleDecision.Blocked(START.plus(Duration.ofHours(24))));
    }

    @Test
    void check_whenTheBlockEnds_isAllowed() {
        fail(5, ANA, CONVERSATION);
        clock.advance(Duration.ofHours(24));

        assertThat(throttle.check(ANA, CONVERSATION).allowed()).isTrue();
    }

    @Test
    void check_fiveFailuresSpreadOverMoreThanAnHour_isAllowed() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(ANA, CONVERSATION);
            clock.advance(Duration.ofMinutes(16));
        }

        assertThat(throttle.check(ANA, CONVERSATION).allowed()).isTrue();
    }

    @Test
    void check_accountBlockedInAnotherConversation_isBlocked() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(ANA, "conversation-" + i);
        }

        assertThat(throttle.check(ANA, "fresh-conversation").allowed()).isFalse();
    }

    @Test
    void check_conversationBlockedForOtherAccounts_isBlocked() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("user" + i + "@contoso.example", CONVERSATION);
        }

        assertThat(throttle.check("john.doe@contoso.example", CONVERSATION).allowed()).isFalse();
    }

    @Test
    void check_otherAccountInOtherConversation_isAllowed() {
        fail(5, ANA, CONVERSATION);

        assertThat(throttle.check("john.doe@contoso.example", "conversation-2").allowed()).isTrue();
    }

    @Test
    void check_accountWrittenInOtherCase_isTheSameAccount() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(i % 2 == 0 ? ANA.toUpperCase() : ANA, "conversation-" + i);
        }

        assertThat(throttle.check(" " + ANA + " ", "fresh-conversation").allowed()).isFalse();
    }

    @Test
    void check_bothBlocked_reportsTheLaterEnd() {
        fail(5, ANA, CONVERSATION);
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("user" + i + "@contoso.example", "conversation-2");
        }
        fail(5, ANA, "conversation-2");

        assertThat(throttle.check(ANA, "conversation-2"))
                .isEqualTo(new ThrottleDecision.Blocked(START.plus(Duration.ofHours(25))));
    }

    @Test
    void recordFailure_whileBlocked_doesNotExtendTheBlock() {
        fail(5, ANA, CONVERSATION);
        clock.advance(Duration.ofHours(2));

        assertThat(throttle.recordFailure(ANA, CONVERSATION))
                .isEqualTo(new ThrottleDecision.Blocked(START.plus(Duration.ofHours(24))));
    }

    @Test
    void resetAfterSuccess_clearsTheAccountAndConversationBlocks() {
        fail(5, ANA, CONVERSATION);

        throttle.resetAfterSuccess(ANA, CONVERSATION);

        assertThat(throttle.check(ANA, CONVERSATION).allowed()).isTrue();
    }

    @Test
    void resetAfterSuccess_clearsEarlierFailures() {
        fail(4, ANA, CONVERSATION);
        throttle.resetAfterSuccess(ANA, CONVERSATION);

        assertThat(throttle.recordFailure(ANA, CONVERSATION).allowed()).isTrue();
    }

    @Test
    void check_configuredNumbers_areUsed() {
        ProofThrottle strict = new ProofThrottle(clock,
                new VerificationProperties.Throttle(2, Duration.ofMinutes(5), Duration.ofMinutes(30), 1000,
                    java.nio.file.Path.of("blocks.json")));
        strict.recordFailure(ANA, CONVERSATION);

        assertThat(strict.recordFailure(ANA, CONVERSATION))
                .isEqualTo(new ThrottleDecision.Blocked(START.plus(Duration.ofMinutes(30))));
    }

    @Test
    void begin_parallelAttemptsBeyondTheLimit_areRefusedBeforeAnyFails() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.begin(ANA, "conversation-" + i).allowed()).isTrue();
        }

        ThrottleDecision sixth = throttle.begin(ANA, "conversation-6");

        assertThat(sixth).isEqualTo(new ThrottleDecision.Blocked(clock.instant().plus(RateLimiter.BUSY)));
    }

    @Test
    void begin_afterFourFailures_allowsOnlyOneAttemptInFlight() {
        fail(4, ANA, CONVERSATION);

        assertThat(throttle.begin(ANA, "conversation-a").allowed()).isTrue();
        assertThat(throttle.begin(ANA, "conversation-b").allowed()).isFalse();
    }

    @Test
    void begin_attemptsNeverFinished_stopHoldingTheirPlacesOnceNoTurnCouldStillBeRunningThem() {
        fail(4, ANA, CONVERSATION);
        throttle.begin(ANA, "conversation-lost"); // its instance stopped before finishing it
        assertThat(throttle.begin(ANA, "conversation-a").allowed()).isFalse();

        clock.advance(RateLimiter.IN_FLIGHT);

        assertThat(throttle.begin(ANA, "conversation-a").allowed()).isTrue();
    }

    @Test
    void finish_passedAttempt_freesItsPlaceWithoutCountingAFailure() {
        fail(4, ANA, CONVERSATION);
        throttle.begin(ANA, CONVERSATION);

        throttle.finish(ANA, CONVERSATION, true);

        assertThat(throttle.begin(ANA, CONVERSATION).allowed()).isTrue();
    }

    @Test
    void finish_fifthFailedAttempt_blocksForTwentyFourHours() {
        for (int i = 0; i < 4; i++) {
            throttle.begin(ANA, CONVERSATION);
            throttle.finish(ANA, CONVERSATION, false);
        }
        throttle.begin(ANA, CONVERSATION);

        ThrottleDecision fifth = throttle.finish(ANA, CONVERSATION, false);

        assertThat(fifth).isEqualTo(new ThrottleDecision.Blocked(clock.instant().plus(Duration.ofHours(24))));
        assertThat(throttle.begin(ANA, "another-conversation").allowed()).isFalse();
    }

    @Test
    void begin_refusedByTheConversation_doesNotKeepTheAccountsPlace() {
        fail(5, "someone.else@contoso.example", CONVERSATION);

        assertThat(throttle.begin(ANA, CONVERSATION).allowed()).isFalse();

        for (int i = 0; i < 5; i++) {
            assertThat(throttle.begin(ANA, "fresh-" + i).allowed()).isTrue();
        }
    }

    @Test
    void recordFailure_floodOfOtherNames_doesNotEvictABlock() {
        ProofThrottle small = new ProofThrottle(clock,
                new VerificationProperties.Throttle(5, Duration.ofHours(1), Duration.ofHours(24), 100,
                    java.nio.file.Path.of("blocks.json")));
        for (int i = 0; i < 5; i++) {
            small.recordFailure(ANA, CONVERSATION);
        }

        for (int i = 0; i < 5_000; i++) {
            small.recordFailure("flood" + i + "@contoso.example", "flood-conversation-" + i);
        }

        assertThat(small.check(ANA, "another-conversation").allowed()).isFalse();
    }

    @Test
    void charge_keepsTheAttemptsInFlightCounted() {
        java.util.List<String> ana = java.util.List.of(ANA);
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.begin(ana, "conversation-" + i).allowed()).isTrue();
        }

        assertThat(throttle.charge(ana, "conversation-q").allowed()).isTrue();

        assertThat(throttle.begin(ana, "conversation-5").allowed()).as("4 in flight and 1 charged reach 5").isFalse();
    }

    @Test
    void charges_thatReachTheLimit_blockForTheWholeBlockNotJustTheWindow() {
        java.util.List<String> ana = java.util.List.of(ANA);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.charge(ana, "conversation-" + i).allowed()).isTrue();
        }
        assertThat(throttle.charge(ana, "conversation-6").allowed()).isFalse();

        clock.advance(Duration.ofHours(2));

        assertThat(throttle.check(ana, "conversation-7").allowed()).isFalse();
    }
}
