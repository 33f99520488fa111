package org.resetdesk.password;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the policy knows about the person choosing a password; any part may be null when unknown.
 *
 * @param firstName given name, as in the directory
 * @param lastName  family name, as in the directory
 * @param upn       user principal name ({@code ana.popescu@contoso.example})
 */
public record PasswordUser(String firstName, String lastName, String upn) {

    /** Nobody in particular: only the organisation's terms apply. */
    public static PasswordUser unknown() {
        return new PasswordUser(null, null, null);
    }

    /** The first and last name, normalised, those of {@code minLength} or more code points. */
    Set<String> nameTerms(int minLength) {
        Set<String> terms = new LinkedHashSet<>();
        addTerm(terms, firstName, minLength);
        addTerm(terms, lastName, minLength);
        return terms;
    }

    /** The names plus the UPN's local part and its pieces ({@code ana.popescu} → ana.popescu, popescu). */
    Set<String> contextTerms(int minLength) {
        Set<String> terms = nameTerms(minLength);
        if (upn != null && !upn.isBlank()) {
            String local = upn.strip().split("@", 2)[0];
            addTerm(terms, local, minLength);
            for (String piece : local.toLowerCase(Locale.ROOT).split("[._+\\-]+")) {
                addTerm(terms, piece, minLength);
            }
        }
        return terms;
    }

    static final int MAX_TERM_LENGTH = 64;

    static void addTerm(Set<String> terms, String raw, int minLength) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        String term = PasswordNormaliser.normalise(raw.strip());
        int length = term.codePointCount(0, term.length());
        // Real names are short; a very long "name" would only make the scoring slow (its cost grows with its square).
        if (length >= minLength && length <= MAX_TERM_LENGTH) {
            terms.add(term);
        }
    }
}
