package org.resetdesk.password;

import java.security.SecureRandom;

/**
 * Makes temporary passwords (to be changed at next sign-in) that the active policy accepts: random characters from
 * an alphabet without look-alikes (no 0/O, 1/l/I) and without Markdown's special characters, with at least one
 * lower-case letter, upper-case letter, digit and symbol. Thread-safe.
 */
public final class TemporaryPasswordGenerator {

    static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String DIGITS = "23456789";
    static final String SYMBOLS = "#%+=?@!";
    private static final String ALL = LOWER + UPPER + DIGITS + SYMBOLS;
    private static final int ATTEMPTS = 100;

    private final PasswordPolicy policy;
    private final SecureRandom random;
    private final int length;

    TemporaryPasswordGenerator(PasswordPolicy policy, SecureRandom random, int length) {
        if (length < Math.max(16, policy.minimumLength(false))) {
            throw new IllegalArgumentException("resetdesk.password.temporary-length must be at least "
                    + Math.max(16, policy.minimumLength(false)));
        }
        this.policy = policy;
        this.random = random;
        this.length = length;
    }

    /**
     * A new temporary password for this user that the policy accepts (without MFA's shorter minimum).
     *
     * @throws IllegalStateException if none was found in {@value #ATTEMPTS} tries (only with a pathological
     *                               custom banned list)
     */
    public String generate(PasswordUser user) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String candidate = candidate();
            if (policy.evaluate(candidate, user, false).accepted()) {
                return candidate;
            }
        }
        throw new IllegalStateException("No generated password met the policy in " + ATTEMPTS + " attempts");
    }

    private String candidate() {
        char[] chars = new char[length];
        chars[0] = pick(LOWER);
        chars[1] = pick(UPPER);
        chars[2] = pick(DIGITS);
        chars[3] = pick(SYMBOLS);
        for (int i = 4; i < length; i++) {
            chars[i] = pick(ALL);
        }
        for (int i = length - 1; i > 0; i--) { // Fisher-Yates, so the fixed classes are not always first
            int j = random.nextInt(i + 1);
            char swap = chars[i];
            chars[i] = chars[j];
            chars[j] = swap;
        }
        return new String(chars);
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
