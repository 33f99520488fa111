package org.resetdesk.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a message is phrased as a question, in English or Romanian: a question mark at its end, a question word
 * first ("how long…", "de ce…"), or an error code that people paste to ask what it means.
 */
public final class Interrogatives {

    private static final Set<String> QUESTION_WORDS = Set.of("what", "why", "how", "when", "where", "which", "who",
            "do", "does", "did", "is", "are", "can", "could", "should", "will", "would", "ce", "cum", "de", "cand",
            "unde", "care", "cine", "cat", "cate", "cati", "pot", "poate", "este", "e", "se", "exista", "trebuie");
    private static final Pattern ERROR_CODE = Pattern.compile("(?i)\\b(?:SSPR_?\\d{4}|AADSTS\\d{4,})\\b");

    private Interrogatives() {
    }

    /** A question mark at the end, or a question word first. */
    public static boolean phrasedAsQuestion(String text) {
        if (text.strip().endsWith("?")) {
            return true;
        }
        String folded = TextFolding.fold(text);
        int space = folded.indexOf(' ');
        return QUESTION_WORDS.contains(space < 0 ? folded : folded.substring(0, space));
    }

    /** Whether the word is an error code people quote, such as {@code SSPR_0013} (punctuation around it ignored). */
    public static boolean isErrorCode(String word) {
        return ERROR_CODE.matcher(word).matches();
    }

    /** Phrased as a question, or naming an error code ({@code SSPR_0013}, {@code AADSTS50126}). */
    public static boolean asksSomething(String text) {
        return phrasedAsQuestion(text) || ERROR_CODE.matcher(text).find();
    }
}
