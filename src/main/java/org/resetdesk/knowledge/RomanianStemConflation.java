package org.resetdesk.knowledge;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Joins the stems the Romanian Snowball stemmer leaves apart for one word: it stems "parola" to "parol" but
 * "parolele" to "parole", "resetare" to "resetar" but "resetez" to "reset", "număr" to "numar" but "numerele" to
 * "numer". A final "e" is dropped, so is the "-ar" of a long verbal noun, and the domain's nouns whose plural
 * changes the stem ("conturi", "coduri", "erori", "numere", "adrese", "telefoane") are mapped to their singular's.
 * Runs after the stemmer, on index and questions alike.
 */
final class RomanianStemConflation extends TokenFilter {

    private static final Map<String, String> PLURALS = Map.of("contur", "cont", "codur", "cod", "eror", "eroar",
            "numer", "numar", "adre", "adres", "telefoan", "telefon", "debloch", "debloc", "blocat", "bloc");
    /** Shorter stems keep their "e": "ce" and "de" are not "c" and "d". */
    private static final int FINAL_E_MIN_LENGTH = 5;
    /** "-ar" is dropped only from long stems: "numar" and "salar" are words, "resetar" is "reset" + "-are". */
    private static final int FINAL_AR_MIN_LENGTH = 7;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    RomanianStemConflation(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String stem = term.toString();
        String joined = conflate(stem);
        if (!joined.equals(stem)) {
            term.setEmpty().append(joined);
        }
        return true;
    }

    static String conflate(String stem) {
        String mapped = PLURALS.get(stem);
        if (mapped != null) {
            return mapped;
        }
        if (stem.length() >= FINAL_E_MIN_LENGTH && stem.endsWith("e")) {
            return stem.substring(0, stem.length() - 1);
        }
        if (stem.length() >= FINAL_AR_MIN_LENGTH && stem.endsWith("ar")) {
            return stem.substring(0, stem.length() - 2);
        }
        return stem;
    }
}
