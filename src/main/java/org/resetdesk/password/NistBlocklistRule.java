package org.resetdesk.password;

import java.util.List;
import java.util.Set;

/**
 * NIST's blocklist check: the normalised password, or its letters alone (so "Password!2024!" counts as
 * "password"), must not be a common password or a custom banned term.
 */
final class NistBlocklistRule implements PasswordRule {

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
        if (blocklist.contains(normalised) || blocklist.contains(normalised.strip())
                || blocklist.contains(letters.toString())) {
            return List.of(Rejection.of(RejectionReason.BLOCKLISTED));
        }
        return List.of();
    }
}
