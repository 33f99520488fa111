package org.resetdesk.password;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * NIST's blocklist check: the normalised password must not be a common password or a custom banned term, nor be
 * one once the digits and symbols around its letters are taken off ("P@ssw0rd!2024" counts as "password") or once
 * only its letters are kept ("hell0 w0rld" counts as "helloworld").
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
        String core = PasswordNormaliser.normalise(AROUND_LETTERS.matcher(candidate.password()).replaceAll(""));
        for (String form : List.of(normalised, core, letters(normalised), letters(core))) {
            if (blocklist.contains(form)) {
                return List.of(Rejection.of(RejectionReason.BLOCKLISTED));
            }
        }
        return List.of();
    }

    private static String letters(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        return letters.toString();
    }
}
