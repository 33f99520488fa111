package org.resetdesk.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import org.resetdesk.state.Codec;
import org.resetdesk.state.MemorySharedMaps;
import org.resetdesk.state.SharedMap;
import org.resetdesk.state.SharedMaps;

/**
 * Authenticator app codes (TOTP, RFC 6238): 30-second steps counted from the Unix epoch, HMAC-SHA1 by default, 6 or
 * 8 digits. A code is accepted in its own step and one step either side (clock drift, slow typing), and each step at
 * most once per account: the last accepted step is remembered, and a code from it or an earlier step is a replay.
 *
 * <p>Thread-safe: two simultaneous submissions of one code accept exactly one. The secret and the code are never
 * stored or logged here; only the number of the last accepted step is kept, for a few minutes, per account. That
 * memory is bounded ({@code maxAccounts}); size it above the number of accounts that can verify within two minutes,
 * since an account pushed out early could have its last code replayed inside the window.
 *
 * <p>Callers pass the directory account's immutable id ({@code DirectoryUser.id()}) as {@code account}, never the
 * name the user typed: one account has several names (UPN, email, employee id), and counting per name would give an
 * attacker the limits several times over.
 */
public final class Totp {

    /** The HMAC behind the codes; authenticator apps use {@link #SHA1}. */
    public enum Algorithm {
        SHA1("HmacSHA1"), SHA256("HmacSHA256"), SHA512("HmacSHA512");

        private final String jcaName;

        Algorithm(String jcaName) {
            this.jcaName = jcaName;
        }

        String jcaName() {
            return jcaName;
        }
    }

    static final Duration STEP = Duration.ofSeconds(30);
    private static final Codec<Long> STEPS = new Codec<>() {
        @Override
        public String encode(Long step) {
            return step.toString();
        }

        @Override
        public Long decode(String text) {
            return Long.valueOf(text);
        }
    };
    private static final int WINDOW = 1;

    private final Clock clock;
    private final int digits;
    private final Algorithm algorithm;
    private final SharedMap<Long> lastAcceptedStep;

    /**
     * @param digits      6 or 8
     * @param maxAccounts accounts whose last accepted step is remembered at once
     */
    public Totp(Clock clock, int digits, Algorithm algorithm, int maxAccounts) {
        this(clock, digits, algorithm, maxAccounts, new MemorySharedMaps(clock));
    }

    /** Checks whose last accepted steps are kept in {@code maps}, so a code used on one instance is used on all. */
    public Totp(Clock clock, int digits, Algorithm algorithm, int maxAccounts, SharedMaps maps) {
        if (digits != 6 && digits != 8) {
            throw new IllegalArgumentException("digits must be 6 or 8, was " + digits);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.digits = digits;
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        // A step can be replayed only while it is inside the window (at most 3 steps); remember it a little longer.
        this.lastAcceptedStep = maps.map(new SharedMaps.Spec<>("totp-steps", STEPS,
                STEP.multipliedBy(2 * WINDOW + 2), maxAccounts));
    }

    /**
     * Checks {@code code} (spaces ignored) against {@code secret} for {@code account} at the clock's time, and
     * consumes its step when it is accepted.
     */
    public TotpCheck verify(String account, byte[] secret, String code) {
        Objects.requireNonNull(secret, "secret");
        long current = stepAt(clock.instant());
        byte[] offered = code == null ? new byte[0] : code.replace(" ", "").getBytes(StandardCharsets.US_ASCII);
        long matched = Long.MIN_VALUE;
        // Compare every candidate, without stopping at a match, so timing says nothing about which step matched.
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            byte[] expected = Hotp.generate(algorithm, secret, step, digits).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, offered)) {
                matched = step;
            }
        }
        if (matched == Long.MIN_VALUE) {
            return TotpCheck.WRONG;
        }
        long accepted = matched;
        boolean[] replay = {false};
        lastAcceptedStep.compute(accountKey(account), last -> {
            replay[0] = false;
            if (last != null && last >= accepted) {
                replay[0] = true;
                return last;
            }
            return accepted;
        });
        return replay[0] ? TotpCheck.REPLAYED : TotpCheck.ACCEPTED;
    }

    /** The code an authenticator app shows at {@code instant}; for enrolment checks and tests, never for replies. */
    public String codeAt(byte[] secret, Instant instant) {
        return Hotp.generate(algorithm, secret, stepAt(instant), digits);
    }

    private static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
    }

    private static String accountKey(String account) {
        return Objects.requireNonNull(account, "account").strip().toLowerCase(Locale.ROOT);
    }
}
