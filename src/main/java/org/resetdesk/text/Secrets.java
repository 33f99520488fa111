package org.resetdesk.text;

/**
 * Recognises words typed the way passwords are: letters mixed with digits or symbols ("P@ssw0rd!23",
 * "Summer2026!"). Such a word is never kept (as a knowledge gap, a cache key) and, typed outside any flow, is taken
 * for the answer to a question of a flow that no longer exists.
 */
public final class Secrets {

    private Secrets() {
    }

    /** Letters mixed with digits or symbols, ignoring punctuation at either end ("code?" is a word). */
    public static boolean passwordLike(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && isPunctuation(word.charAt(start))) {
            start++;
        }
        while (end > start && isPunctuation(word.charAt(end - 1))) {
            end--;
        }
        if (Interrogatives.isErrorCode(word.substring(start, end))) {
            return false; // SSPR_0013 mixes letters and digits, but it is what the user read on the screen
        }
        boolean letters = false;
        boolean others = false;
        for (int i = start; i < end; i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
            } else if (c != '-' && c != '\'') {
                others = true;
            }
        }
        return letters && others;
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION;
    }
}
