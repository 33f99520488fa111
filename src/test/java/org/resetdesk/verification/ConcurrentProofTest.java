package org.resetdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;

/** A code sent twice at the same moment (double submit, or an attacker racing the user) is accepted once. */
class ConcurrentProofTest {

    private static final int RACERS = 8;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:10Z"));
    private final ExecutorService pool = Executors.newFixedThreadPool(RACERS);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private <T> List<T> race(Callable<T> attempt) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return attempt.call();
            }));
        }
        start.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    @Test
    void totpVerify_sameCodeRacing_isAcceptedExactlyOnce() throws Exception {
        Totp totp = new Totp(clock, 6, Totp.Algorithm.SHA1, 100);
        byte[] secret = Base32.decode("JBSWY3DPEHPK3PXP");
        String code = totp.codeAt(secret, clock.instant());

        List<TotpCheck> results = race(() -> totp.verify("ana", secret, code));

        assertThat(results).containsOnlyOnce(TotpCheck.ACCEPTED).containsOnly(TotpCheck.ACCEPTED, TotpCheck.REPLAYED);
    }

    @Test
    void codeVerify_sameCodeRacing_isAcceptedExactlyOnce() throws Exception {
        OneTimeCodes codes = new OneTimeCodes(clock, new VerificationProperties.Codes(8, Duration.ofMinutes(5), 10,
                Duration.ofMinutes(10), Duration.ofHours(24), 100));
        String code = ((CodeIssue.Issued) codes.issue("ana", VerificationMethod.EMAIL_CODE, "c1")).code();

        List<CodeCheck> results = race(() -> codes.verify("ana", VerificationMethod.EMAIL_CODE, "c1", code));

        assertThat(results).containsOnlyOnce(CodeCheck.ACCEPTED).containsOnly(CodeCheck.ACCEPTED, CodeCheck.USED);
    }
}
