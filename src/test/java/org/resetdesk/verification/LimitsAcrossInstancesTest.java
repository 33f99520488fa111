package org.resetdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resetdesk.MutableClock;
import org.resetdesk.state.Leases;
import org.resetdesk.state.RedisSharedMaps;
import org.resetdesk.store.RedisPerClass;

/**
 * Two instances of ResetDesk sharing a real Redis: failed proofs and issued codes count together, so an attacker
 * spreading attempts over the instances meets the documented limit exactly once, and a code sent by one instance is
 * checked (once) by the other.
 */
class LimitsAcrossInstancesTest {

    private static final String SECRET = "codes-secret-for-tests-0123456789abcdef";
    @RegisterExtension
    static final RedisPerClass REDIS = new RedisPerClass();


    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final VerificationProperties.Throttle throttle = new VerificationProperties.Throttle(5,
            Duration.ofHours(1), Duration.ofHours(24), 1000, java.nio.file.Path.of("unused-blocks.json"));
    private final VerificationProperties.Codes codes = new VerificationProperties.Codes(8, Duration.ofMinutes(5), 10,
            Duration.ofMinutes(10), Duration.ofHours(24), 1000, SECRET);

    /** A client of its own, as each instance has. */
    private static org.springframework.data.redis.core.StringRedisTemplate client() {
        return REDIS.server().client();
    }

    private ProofThrottle throttleOfAnInstance() {
        return new ProofThrottle(clock, throttle, Blocks.inMemory(), new RedisSharedMaps(client(), "test:"));
    }

    /** One instance's codes, proof throttle and turn leases, in one store of its own, and its round trips to Redis. */
    private record Instance(OneTimeCodes codes, ProofThrottle proofs, Leases leases,
            io.micrometer.core.instrument.simple.SimpleMeterRegistry meters) {

        double roundTrips() {
            return meters.find(RedisSharedMaps.CALLS).counters().stream()
                    .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
        }
    }

    private Instance anInstance() {
        var meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        RedisSharedMaps maps = new RedisSharedMaps(client(), "test:", new org.resetdesk.runtime.Meters(meters));
        return new Instance(new OneTimeCodes(clock, codes, Blocks.inMemory(), maps),
                new ProofThrottle(clock, throttle, Blocks.inMemory(), maps), new Leases(maps, "turns", clock), meters);
    }

    private OneTimeCodes codesOfAnInstance(VerificationProperties.Codes settings) {
        return new OneTimeCodes(clock, settings, Blocks.inMemory(), new RedisSharedMaps(client(), "test:"));
    }

    @Test
    void aCodeRequest_countsItsLimits_checksTheProofThrottle_andStoresTheCode_inOneRoundTrip() {
        Instance instance = anInstance();

        CodeIssue issue = instance.codes().issue("id-jane", List.of("id-jane", "jane"), VerificationMethod.EMAIL_CODE,
                "conv-1", instance.proofs());

        assertThat(issue).isInstanceOf(CodeIssue.Issued.class);
        assertThat(instance.roundTrips()).isEqualTo(1.0);
        assertThat(instance.codes().verify("id-jane", VerificationMethod.EMAIL_CODE, "conv-1",
                ((CodeIssue.Issued) issue).code())).isEqualTo(CodeCheck.ACCEPTED);
    }

    @Test
    void aCodeRequestFromAConversationBlockedByAnotherInstance_storesNoNewCode_thoughThisInstanceLastSawItOpen() {
        Instance a = anInstance();
        OneTimeCodes codesOfA = a.codes();
        ProofThrottle proofsOfA = a.proofs();
        ProofThrottle proofsOfB = throttleOfAnInstance();
        CodeIssue first = codesOfA.issue("id-ann", List.of("id-ann"), VerificationMethod.EMAIL_CODE, "conv-ann",
                proofsOfA);
        for (int failure = 0; failure < 5; failure++) {
            proofsOfB.recordFailure("someone-else-" + failure, "conv-ann");
        }

        CodeIssue second = codesOfA.issue("id-ann", List.of("id-ann"), VerificationMethod.EMAIL_CODE, "conv-ann",
                proofsOfA);

        assertThat(second).isInstanceOf(CodeIssue.Throttled.class);
        // the first code is still the one stored: the refused request replaced nothing
        assertThat(codesOfA.verify("id-ann", VerificationMethod.EMAIL_CODE, "conv-ann",
                ((CodeIssue.Issued) first).code())).isEqualTo(CodeCheck.ACCEPTED);
        // and it used up none of the account's allowance (10): nine more requests elsewhere are all served
        for (int other = 0; other < 9; other++) {
            assertThat(codesOfA.issue("id-ann", List.of("id-ann"), VerificationMethod.EMAIL_CODE, "conv-" + other,
                    proofsOfA)).isInstanceOf(CodeIssue.Issued.class);
        }
    }

    @Test
    void aCodeCheck_reservesTheAttemptAndChecksTheCode_inOneRoundTrip() {
        Instance instance = anInstance();
        String code = ((CodeIssue.Issued) instance.codes().issue("id-joe", VerificationMethod.EMAIL_CODE, "conv-joe"))
                .code();
        double before = instance.roundTrips();

        CodeAttempt attempt = instance.codes().verify("id-joe", VerificationMethod.EMAIL_CODE, "conv-joe", code,
                instance.proofs(), List.of("id-joe", "joe"));

        assertThat(attempt).isEqualTo(new CodeAttempt.Checked(CodeCheck.ACCEPTED));
        assertThat(instance.roundTrips() - before).isEqualTo(1.0);
    }

    @Test
    void aPassedProofOfATurn_isFinishedInTheRoundTripThatGivesTheLeaseBack_andFreesItsReservation() throws Exception {
        Instance instance = anInstance();
        String code = ((CodeIssue.Issued) instance.codes().issue("id-kim", VerificationMethod.EMAIL_CODE, "conv-kim"))
                .code();
        double before = instance.roundTrips();
        double[] duringTheTurn = new double[1];

        instance.leases().serialized("conv-kim", List::of, held -> {
            double taken = instance.roundTrips();
            assertThat(instance.codes().verify("id-kim", VerificationMethod.EMAIL_CODE, "conv-kim", code,
                    instance.proofs(), List.of("id-kim"))).isEqualTo(new CodeAttempt.Checked(CodeCheck.ACCEPTED));
            instance.proofs().passedOnRelease(List.of("id-kim"), "conv-kim", Optional.of(held));
            duringTheTurn[0] = instance.roundTrips() - taken;
            return CompletableFuture.completedFuture(null);
        }).get(10, TimeUnit.SECONDS);

        assertThat(duringTheTurn[0]).isEqualTo(1.0); // the check; the finish waited for the release
        assertThat(instance.roundTrips() - before).isEqualTo(3.0); // lease, check, release with the finish
        // the reservation is given back: the limit's five attempts may all begin elsewhere
        for (int other = 0; other < 5; other++) {
            assertThat(instance.proofs().begin(List.of("id-kim"), "other-" + other))
                    .isInstanceOf(ThrottleDecision.Allowed.class);
        }
    }

    @Test
    void aPassedProofFinishedAfterItsTurnGaveTheLeaseBack_isFinishedAtOnce() throws Exception {
        Instance instance = anInstance();
        Leases.Held[] kept = new Leases.Held[1];
        instance.leases().serialized("conv-lee", List::of, held -> {
            kept[0] = held;
            return CompletableFuture.completedFuture(null);
        }).get(10, TimeUnit.SECONDS);
        instance.proofs().begin(List.of("id-lee"), "conv-lee");
        double before = instance.roundTrips();

        instance.proofs().passedOnRelease(List.of("id-lee"), "conv-lee", Optional.of(kept[0]));

        assertThat(instance.roundTrips() - before).isEqualTo(1.0);
        for (int other = 0; other < 5; other++) {
            assertThat(instance.proofs().begin(List.of("id-lee"), "other-" + other))
                    .isInstanceOf(ThrottleDecision.Allowed.class);
        }
    }

    @Test
    void theLimitsClearedAfterAReset_areClearedWithTheTurnsRelease_onEveryInstance() throws Exception {
        Instance a = anInstance();
        ProofThrottle proofsOfB = throttleOfAnInstance();
        for (int failure = 0; failure < 5; failure++) {
            proofsOfB.recordFailure("id-max", "conv-" + failure);
        }
        assertThat(a.proofs().check(List.of("id-max"), "conv-max")).isInstanceOf(ThrottleDecision.Blocked.class);
        double before = a.roundTrips();

        a.leases().serialized("conv-max", List::of, held -> {
            a.proofs().resetAfterSuccess(List.of("id-max"), "conv-max", a.codes(), Optional.of(held));
            assertThat(proofsOfB.check(List.of("id-max"), "conv-other")).isInstanceOf(ThrottleDecision.Blocked.class);
            return CompletableFuture.completedFuture(null);
        }).get(10, TimeUnit.SECONDS);

        assertThat(a.roundTrips() - before).isEqualTo(2.0); // the lease, and its release with the lifts
        assertThat(proofsOfB.check(List.of("id-max"), "conv-other")).isInstanceOf(ThrottleDecision.Allowed.class);
    }

    @Test
    void aCodeCheckedInAConversationBlockedByAnotherInstance_isNotUsedUp_thoughThisInstanceLastSawItOpen() {
        Instance a = anInstance();
        OneTimeCodes codesOfA = a.codes();
        ProofThrottle proofsOfA = a.proofs();
        ProofThrottle proofsOfB = throttleOfAnInstance();
        String code = ((CodeIssue.Issued) codesOfA.issue("id-eve", List.of("id-eve"), VerificationMethod.EMAIL_CODE,
                "conv-eve", proofsOfA)).code();
        for (int failure = 0; failure < 5; failure++) {
            proofsOfB.recordFailure("someone-else-" + failure, "conv-eve");
        }

        CodeAttempt attempt = codesOfA.verify("id-eve", VerificationMethod.EMAIL_CODE, "conv-eve", code, proofsOfA,
                List.of("id-eve"));

        assertThat(attempt).isInstanceOf(CodeAttempt.Blocked.class);
        // the refused attempt did not look at the code: it is still there, unused
        assertThat(codesOfA.verify("id-eve", VerificationMethod.EMAIL_CODE, "conv-eve", code))
                .isEqualTo(CodeCheck.ACCEPTED);
        // and the account's reservation was given back: five attempts elsewhere may all begin
        for (int other = 0; other < 5; other++) {
            assertThat(proofsOfA.begin(List.of("id-eve"), "other-" + other))
                    .isInstanceOf(ThrottleDecision.Allowed.class);
        }
    }

    @Test
    void wrongProofsAlternatingBetweenInstances_blockAtExactlyTheLimit_onBoth() {
        List<ProofThrottle> instances = List.of(throttleOfAnInstance(), throttleOfAnInstance());

        for (int failure = 1; failure <= 4; failure++) {
            ProofThrottle instance = instances.get(failure % 2);
            assertThat(instance.begin(List.of("john"), "conv-" + failure)).isInstanceOf(ThrottleDecision.Allowed.class);
            assertThat(instance.finish(List.of("john"), "conv-" + failure, false))
                    .isInstanceOf(ThrottleDecision.Allowed.class);
        }
        instances.get(1).begin(List.of("john"), "conv-5");

        assertThat(instances.get(1).finish(List.of("john"), "conv-5", false))
                .isInstanceOf(ThrottleDecision.Blocked.class);
        assertThat(instances.get(0).begin(List.of("john"), "conv-6")).isInstanceOf(ThrottleDecision.Blocked.class);
        assertThat(instances.get(1).check(List.of("john"), "conv-7")).isInstanceOf(ThrottleDecision.Blocked.class);
    }

    @Test
    void wrongProofsAtTheSameMomentOnTwoInstances_getNoMoreThanTheLimitOfTries() throws Exception {
        List<ProofThrottle> instances = List.of(throttleOfAnInstance(), throttleOfAnInstance());
        AtomicInteger tried = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CompletableFuture<?>[] attempts = IntStream.range(0, 40).mapToObj(i -> CompletableFuture.runAsync(() -> {
                ProofThrottle instance = instances.get(i % 2);
                if (instance.begin(List.of("john"), "conv-" + i) instanceof ThrottleDecision.Allowed) {
                    tried.incrementAndGet();
                    instance.finish(List.of("john"), "conv-" + i, false);
                }
            }, threads)).toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(attempts).get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(tried.get()).isBetween(1, 5);
        assertThat(instances.get(0).check(List.of("john"), "conv-x")).isInstanceOf(ThrottleDecision.Blocked.class);
    }

    @Test
    void aCodeSentByOneInstance_isCheckedByTheOther_once() {
        OneTimeCodes first = codesOfAnInstance(codes);
        OneTimeCodes second = codesOfAnInstance(codes);
        String code = ((CodeIssue.Issued) first.issue("john", VerificationMethod.EMAIL_CODE, "conv-1")).code();

        assertThat(second.verify("john", VerificationMethod.EMAIL_CODE, "conv-1", code)).isEqualTo(CodeCheck.ACCEPTED);
        assertThat(first.verify("john", VerificationMethod.EMAIL_CODE, "conv-1", code)).isEqualTo(CodeCheck.USED);
        assertThat(client().keys("test:codes:*")).allSatisfy(key -> assertThat(client().opsForValue()
                .get(key)).doesNotContain(code));
    }

    @Test
    void withoutASharedSecret_aCodeFromAnotherInstanceIsNeverAccepted() {
        VerificationProperties.Codes ownKey = new VerificationProperties.Codes(8, Duration.ofMinutes(5), 10,
                Duration.ofMinutes(10), Duration.ofHours(24), 1000);
        String code = ((CodeIssue.Issued) codesOfAnInstance(ownKey).issue("john", VerificationMethod.EMAIL_CODE,
                "conv-1")).code();

        assertThat(codesOfAnInstance(ownKey).verify("john", VerificationMethod.EMAIL_CODE, "conv-1", code))
                .isEqualTo(CodeCheck.WRONG);
    }

    @Test
    void codesAskedForOnBothInstances_countTogether() {
        List<OneTimeCodes> instances = List.of(codesOfAnInstance(codes), codesOfAnInstance(codes));

        for (int i = 0; i < 10; i++) {
            assertThat(instances.get(i % 2).issue("john", VerificationMethod.EMAIL_CODE, "conv-" + i))
                    .isInstanceOf(CodeIssue.Issued.class);
        }

        assertThat(instances.get(0).issue("john", VerificationMethod.EMAIL_CODE, "conv-10"))
                .isInstanceOf(CodeIssue.Throttled.class);
    }
}
