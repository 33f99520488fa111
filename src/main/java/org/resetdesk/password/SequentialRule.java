package org.resetdesk.password;

import java.util.List;
import java.util.Locale;

/**
 * Refuses passwords that are mostly sequences: runs of {@value #MIN_RUN} or more characters that step by one
 * ("12345", "abcde", "edcba") or walk along a keyboard row ("qwerty", "asdfgh", "0987"), together covering at
 * least half of the password. Case is ignored.
 */
final class SequentialRule implements PasswordRule {

    static final int MIN_RUN = 4;
    private static final List<String> KEYBOARD_ROWS = List.of("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'",
            "zxcvbnm,./");

    @Override
    public List<Rejection> check(PasswordCandidate candidate) {
        int[] cps = candidate.password().toLowerCase(Locale.ROOT).codePoints().toArray();
        if (cps.length > 0 && 2 * sequentialCharacters(cps) >= cps.length) {
            return List.of(Rejection.of(RejectionReason.SEQUENTIAL));
        }
        return List.of();
    }

    /** How many characters lie in runs of {@link #MIN_RUN} or more, each run following one direction. */
    private static int sequentialCharacters(int[] cps) {
        int covered = 0;
        int start = 0;
        while (start < cps.length) {
            int end = start + 1;
            int direction = 0;
            while (end < cps.length) {
                int step = step(cps[end - 1], cps[end]);
                if (step == 0 || (direction != 0 && step != direction)) {
                    break;
                }
                direction = step;
                end++;
            }
            if (end - start >= MIN_RUN) {
                covered += end - start;
                start = end;
            } else {
                start++;
            }
        }
        return covered;
    }

    /** +1 or -1 when {@code next} follows {@code previous} in the alphabet, the digits or a keyboard row; else 0. */
    private static int step(int previous, int next) {
        boolean sameKind = (Character.isLetter(previous) && Character.isLetter(next))
                || (Character.isDigit(previous) && Character.isDigit(next));
        if (sameKind && Math.abs(next - previous) == 1) {
            return next - previous;
        }
        for (String row : KEYBOARD_ROWS) {
            int at = row.indexOf(previous);
            int to = row.indexOf(next);
            if (at >= 0 && to >= 0 && Math.abs(to - at) == 1) {
                return to - at;
            }
        }
        return 0;
    }
}
