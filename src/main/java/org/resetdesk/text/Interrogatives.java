package org.resetdesk.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a message is phrased as a question, in English or Romanian: a question mark at its end, a question word
 * first ("how long…", "de ce…") or a word that asks for information ("tips for…"), or an error code that people paste
 * to ask what it means.
 */
public final class Interrogatives {

    private static final Set<String> QUESTION_WORDS = Set.of("what", "why", "how", "when", "where", "which", "who",
            "do", "does", "did", "is", "are", "can", "could", "should", "will", "would", "ce", "cum", "de", "cand",
            "unde", "care", "cine", "cat", "cate", "cati", "pot", "poate", "este", "e", "se", "exista", "trebuie",
            // asking for information without a question word: "tips for a new password", "explică-mi …", "max length of …"
            "tips", "advice", "explain", "info", "information", "max", "maximum", "minimum", "sfaturi", "sfat",
            "explica", "informatii", "maxim", "minim");
    private static final Pattern ERROR_CODE = Pattern.compile("(?i)\\b(?:SSPR_?\\d{4}|AADSTS\\d{4,})\\b");
    /**
     * What people paste from an error: a product error code, a hex or HRESULT code, an event id, or words in double
     * quotes (it says "your account is locked"); single quotes are apostrophes too often ("I can't, I'm locked").
     */
    private static final Pattern ERROR_QUOTE = Pattern.compile("(?i)\\b(?:SSPR_?\\d{4}|AADSTS\\d{4,}|0x[0-9a-f]{6,8}"
            + "|hr=[0-9a-f]{6,8}|(?:event|eveniment(?:ul)?|error|eroare(?:a)?)\\s*(?:id\\s*)?[0-9]{4,6})\\b"
            + "|[\"“„«][^\"“”„«»]{12,}[\"”“»]");

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

    /** The product error codes in {@code text} ({@code SSPR_0014}, {@code AADSTS50126}), upper case, with "_". */
    public static java.util.List<String> errorCodes(String text) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        java.util.regex.Matcher matcher = ERROR_CODE.matcher(text);
        while (matcher.find()) {
            codes.add(normalisedCode(matcher.group()));
        }
        return codes;
    }

    /** {@code sspr0014} and {@code SSPR_0014} alike, as {@code SSPR_0014}. */
    private static String normalisedCode(String code) {
        String upper = code.toUpperCase(java.util.Locale.ROOT);
        return upper.startsWith("SSPR") && !upper.startsWith("SSPR_") ? "SSPR_" + upper.substring(4) : upper;
    }

    /** Phrased as a question, or naming an error code ({@code SSPR_0013}, {@code AADSTS50126}). */
    public static boolean asksSomething(String text) {
        return phrasedAsQuestion(text) || ERROR_CODE.matcher(text).find();
    }

    /**
     * Whether the message quotes an error: an error code ({@code SSPR_0013}, {@code 0x8023061f}, {@code hr=800700CE},
     * "event 33006") or an error message in quotes. Someone who quotes an error asks what it means, whatever else
     * the message says ("getting SSPR_0013 when I reset my password").
     */
    public static boolean quotesAnError(String text) {
        return ERROR_QUOTE.matcher(text).find();
    }
}
