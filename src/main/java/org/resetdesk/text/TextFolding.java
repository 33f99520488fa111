package org.resetdesk.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds what users type to a comparable form: lower case, no diacritics, no punctuation, single spaces. */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFolding() {
    }

    public static String fold(String text) {
        if (isAscii(text)) {
            return foldAscii(text);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The same folding for plain ASCII text, without the Unicode normaliser and regular expressions. */
    private static String foldAscii(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && folded.length() > 0) {
                    folded.append(' ');
                }
                folded.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return folded.toString();
    }
}
