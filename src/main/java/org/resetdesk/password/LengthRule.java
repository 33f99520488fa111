package org.resetdesk.password;

import java.util.List;
import java.util.Map;

/**
 * Minimum and maximum length in code points. The minimum may be lower for a user who verified with MFA (NIST allows
 * 8 characters for a password used with a second factor, 15 otherwise).
 */
final class LengthRule implements PasswordRule {

    private final int minimum;
    private final int minimumWithMfa;
    private final int maximum;

    LengthRule(int minimum, int minimumWithMfa, int maximum) {
        if (minimumWithMfa > minimum || minimum > maximum) {
            throw new IllegalArgumentException("need minimumWithMfa <= minimum <= maximum");
        }
        this.minimum = minimum;
        this.minimumWithMfa = minimumWithMfa;
        this.maximum = maximum;
    }

    int minimum(boolean mfaVerified) {
        return mfaVerified ? minimumWithMfa : minimum;
    }

    @Override
    public List<Rejection> check(PasswordCandidate candidate) {
        int length = candidate.length();
        int min = minimum(candidate.mfaVerified());
        if (length < min) {
            return List.of(new Rejection(RejectionReason.TOO_SHORT, Map.of("min", Integer.toString(min))));
        }
        if (length > maximum) {
            return List.of(new Rejection(RejectionReason.TOO_LONG, Map.of("max", Integer.toString(maximum))));
        }
        return List.of();
    }
}
