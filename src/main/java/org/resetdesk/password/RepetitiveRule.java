package org.resetdesk.password;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Refuses repetitive strings: one short unit repeated over the whole password ("aaaaaaaa", "abcabcabc", the last
 * repetition may be cut short), or fewer than {@value #MIN_DISTINCT} different characters. Case is ignored.
 */
final class RepetitiveRule implements PasswordRule {

    static final int MIN_DISTINCT = 4;

    @Override
    public List<Rejection> check(PasswordCandidate candidate) {
        int[] cps = candidate.password().toLowerCase(Locale.ROOT).codePoints().toArray();
        if (cps.length == 0) {
            return List.of();
        }
        if (isPeriodic(cps) || Arrays.stream(cps).distinct().count() < MIN_DISTINCT) {
            return List.of(Rejection.of(RejectionReason.REPETITIVE));
        }
        return List.of();
    }

    /** Whether some unit of at most half the length, repeated, makes up the whole string. */
    private static boolean isPeriodic(int[] cps) {
        for (int period = 1; period <= cps.length / 2; period++) {
            boolean repeats = true;
            for (int i = period; i < cps.length && repeats; i++) {
                repeats = cps[i] == cps[i - period];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }
}
