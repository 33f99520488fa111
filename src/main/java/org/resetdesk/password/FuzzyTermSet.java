package org.resetdesk.password;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Terms that match a piece of a password at Levenshtein distance 0 or 1 (one character substituted, inserted or
 * deleted). An inserted character counts only inside the piece: "blankf" is "blank" plus a character of its own,
 * which the score counts, as in Entra's example where "contosoblankf9!" scores 5. Every one-edit variant of the terms is precomputed, so a lookup costs a few hash probes whatever the
 * number of terms. Terms must already be normalised. Immutable and thread-safe.
 */
final class FuzzyTermSet {

    /** Stands for "any one character" in substitution variants; passwords that contain it still compare correctly. */
    private static final int ANY = 0;

    private final Set<String> exact = new HashSet<>();
    private final Set<String> withOneDeleted = new HashSet<>();
    private final Set<String> withOneReplaced = new HashSet<>();
    private final int minLength;
    private final int maxLength;

    FuzzyTermSet(Collection<String> terms) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String term : terms) {
            int[] cps = term.codePoints().toArray();
            if (cps.length == 0) {
                continue;
            }
            exact.add(term);
            for (int i = 0; i < cps.length; i++) {
                withOneDeleted.add(without(cps, 0, cps.length, i));
                withOneReplaced.add(replaced(cps, 0, cps.length, i));
            }
            min = Math.min(min, cps.length);
            max = Math.max(max, cps.length);
        }
        this.minLength = exact.isEmpty() ? 0 : min;
        this.maxLength = max;
    }

    boolean isEmpty() {
        return exact.isEmpty();
    }

    /** Shortest window that can match: one less than the shortest term. */
    int shortestWindow() {
        return Math.max(1, minLength - 1);
    }

    /** Longest window that can match: one more than the longest term. */
    int longestWindow() {
        return maxLength + 1;
    }

    /** Whether {@code cps[from, from + length)} is within one edit of a term. */
    boolean matches(int[] cps, int from, int length) {
        if (exact.isEmpty() || length < shortestWindow() || length > longestWindow()) {
            return false;
        }
        String window = new String(cps, from, length);
        if (exact.contains(window) || withOneDeleted.contains(window)) {
            return true; // equal, or the term with one character left out
        }
        for (int i = from; i < from + length; i++) {
            if (withOneReplaced.contains(replaced(cps, from, length, i))) {
                return true; // one character changed
            }
            boolean inside = i > from && i < from + length - 1;
            if (inside && exact.contains(without(cps, from, length, i))) {
                return true; // one character added inside the term
            }
        }
        return false;
    }

    private static String without(int[] cps, int from, int length, int skip) {
        StringBuilder out = new StringBuilder(length);
        for (int i = from; i < from + length; i++) {
            if (i != skip) {
                out.appendCodePoint(cps[i]);
            }
        }
        return out.toString();
    }

    private static String replaced(int[] cps, int from, int length, int at) {
        StringBuilder out = new StringBuilder(length);
        for (int i = from; i < from + length; i++) {
            out.appendCodePoint(i == at ? ANY : cps[i]);
        }
        return out.toString();
    }
}
