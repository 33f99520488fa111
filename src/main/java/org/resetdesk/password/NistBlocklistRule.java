package org.resetdesk.password;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * NIST's blocklist check: the normalised password, or its letters alone (so "Password!2024!" counts as
 * "password"), must not be a common password or a custom banned term.
 */
final class NistBlocklistRule implements PasswordRule {

    /** Digits, symbols and spaces before the first letter or after the last one. */
    private static final Pattern AROUND_LETTERS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

    private final Set<String> blocklist;

    /** {@code blocklist} holds normalised entries. */
    NistBlocklistRule(Set<String> blocklist) {
        this.blocklist = Set.copyOf(blocklist);
    }

    @Override
    public List<Rejection> check(PasswordCandidate candidate) {
        String normalised = candidate.normalised();
        StringBuilder letters = new StringBuilder();
        normalised.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        String core = AROUND_LETTERS.matcher(candidate.password()).replaceAll("");
        if (blocklist.contains(normalised) || blocklist.contains(PasswordNormaliser.normalise(core))
                || blocklist.contains(letters.toString())) {
            return List.of(Rejection.of(RejectionReason.BLOCKLISTED));
        }
        return List.of();
    }
}
