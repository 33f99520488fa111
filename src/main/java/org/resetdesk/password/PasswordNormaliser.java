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

    /**
     * Folds each character on its own, so the result never has more characters than the input: a compatibility
     * character that would expand (a ligature such as U+FDFA becomes 18 letters) is kept as it is, otherwise it
     * would add points to the banned-password score. Combining marks typed on their own disappear.
     */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(fold(cp)));
        return out.toString();
    }

    private static String fold(int cp) {
        String original = new String(Character.toChars(cp));
        String folded = withoutMarks(Normalizer.normalize(original, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        if (folded.codePointCount(0, folded.length()) > 1) {
            folded = new String(Character.toChars(Character.toLowerCase(cp)));
        }
        StringBuilder out = new StringBuilder(2);
        folded.codePoints().forEach(c -> out.appendCodePoint(substitute(c)));
        return out.toString();
    }

    private static String withoutMarks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.appendCodePoint(c);
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
