package org.resetdesk.password;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Entra's normalisation before banned-term matching: lower case, then 0→o, 1→l, $→s, @→a. Also applies Unicode
 * compatibility folding (NFKC) and drops diacritics, so "Ștefan", "Stefan" and a full-width "Ｓｔｅｆａｎ" compare equal.
 */
final class PasswordNormaliser {

    private PasswordNormaliser() {
    }

    static String normalise(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                out.appendCodePoint(substitute(cp));
            }
        });
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static int substitute(int cp) {
        return switch (cp) {
            case '0' -> 'o';
            case '1' -> 'l';
            case '$' -> 's';
            case '@' -> 'a';
            default -> cp;
        };
    }
}
