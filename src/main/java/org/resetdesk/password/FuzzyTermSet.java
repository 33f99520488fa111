package org.resetdesk.password;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Terms that match a piece of a password at Levenshtein distance 0 or 1 (one character substituted, inserted or
 * deleted). An inserted character counts only inside the piece: "blankf" is "blank" plus a character of its own,
 * which the score counts, as in Entra's example where "contosoblankf9!" scores 5. Every one-edit variant of the
 * terms is precomputed, so a lookup costs a few hash probes whatever the number of terms. The probes use polynomial
 * hashes of the window's variants, computed without building them; only a hash that is present is confirmed with
 * the variant's text. Terms must already be normalised. Immutable and thread-safe.
 */
final class FuzzyTermSet {

    /** Stands for "any one character" in substitution variants; passwords that contain it still compare correctly. */
    private static final int ANY = 0;

    /** Multiplier of the polynomial hash; arithmetic wraps around at 2^64. */
    private static final long BASE = 1_000_003L;
    /** From this window length on, a window sharing neither end pair with any term cannot match. */
    private static final int PAIR_CHECK_LENGTH = 5;

    private final Set<String> exact = new HashSet<>();
    private final Set<String> withOneDeleted = new HashSet<>();
    private final Set<String> withOneReplaced = new HashSet<>();
    private final Set<Long> exactHashes = new HashSet<>();
    private final Set<Long> deletedHashes = new HashSet<>();
    private final Set<Long> replacedHashes = new HashSet<>();
    /** The first two and the last two characters of every term, as pairs. */
    private final Set<Long> firstPairs = new HashSet<>();
    private final Set<Long> lastPairs = new HashSet<>();
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
            exactHashes.add(hash(cps));
            if (cps.length >= 2) {
                firstPairs.add(pair(cps[0], cps[1]));
                lastPairs.add(pair(cps[cps.length - 2], cps[cps.length - 1]));
            }
            for (int i = 0; i < cps.length; i++) {
                String deleted = without(cps, 0, cps.length, i);
                String replaced = replaced(cps, 0, cps.length, i);
                withOneDeleted.add(deleted);
                withOneReplaced.add(replaced);
                deletedHashes.add(hash(deleted.codePoints().toArray()));
                replacedHashes.add(hash(replaced.codePoints().toArray()));
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
        if (length >= PAIR_CHECK_LENGTH && !firstPairs.contains(pair(cps[from], cps[from + 1]))
                && !lastPairs.contains(pair(cps[from + length - 2], cps[from + length - 1]))) {
            // One edit in five or more characters leaves the first two or the last two of them as in the term.
            return false;
        }
        // prefix[k] is the hash of the window's first k characters; power[k] is BASE^k
        long[] prefix = new long[length + 1];
        long[] power = new long[length + 1];
        power[0] = 1;
        for (int k = 0; k < length; k++) {
            prefix[k + 1] = prefix[k] * BASE + cps[from + k];
            power[k + 1] = power[k] * BASE;
        }
        long whole = prefix[length];
        if (exactHashes.contains(whole) || deletedHashes.contains(whole)) {
            String window = new String(cps, from, length);
            if (exact.contains(window) || withOneDeleted.contains(window)) {
                return true; // equal, or the term with one character left out
            }
        }
        for (int k = 0; k < length; k++) {
            long weight = power[length - 1 - k];
            long withAny = whole - cps[from + k] * weight + ANY * weight;
            if (replacedHashes.contains(withAny) && withOneReplaced.contains(replaced(cps, from, length, from + k))) {
                return true; // one character changed
            }
            boolean inside = k > 0 && k < length - 1;
            long withoutIt = prefix[k] * weight + (whole - prefix[k + 1] * weight);
            if (inside && exactHashes.contains(withoutIt) && exact.contains(without(cps, from, length, from + k))) {
                return true; // one character added inside the term
            }
        }
        return false;
    }

    private static long pair(int first, int second) {
        return ((long) first << 32) | (second & 0xffffffffL);
    }

    private static long hash(int[] cps) {
        long hash = 0;
        for (int cp : cps) {
            hash = hash * BASE + cp;
        }
        return hash;
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
