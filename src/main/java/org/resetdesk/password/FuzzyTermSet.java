package org.resetdesk.password;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Terms that match a piece of a password at Levenshtein distance 0 or 1 (one character substituted, inserted or
 * deleted). An inserted character counts only inside the piece: "blankf" is "blank" plus a character of its own,
 * which the score counts, as in Entra's example where "contosoblankf9!" scores 5.
 *
 * <p>The terms are kept in a trie. {@link #lengthsAt} walks it once along the password from a start position,
 * spending at most one edit, and reports every piece length that matches a term; the cost depends on the password
 * and the shape of the trie, not on the number of terms. Terms must already be normalised. Immutable and
 * thread-safe.
 */
final class FuzzyTermSet {

    private final Node root = new Node();
    private final int minLength;
    private final int maxLength;
    private final boolean empty;

    FuzzyTermSet(Collection<String> terms) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        boolean any = false;
        for (String term : terms) {
            int[] cps = term.codePoints().toArray();
            if (cps.length == 0) {
                continue;
            }
            Node node = root;
            for (int cp : cps) {
                node = node.children.computeIfAbsent(cp, key -> new Node());
            }
            node.terminal = true;
            any = true;
            min = Math.min(min, cps.length);
            max = Math.max(max, cps.length);
        }
        this.empty = !any;
        this.minLength = any ? min : 0;
        this.maxLength = max;
    }

    /** A trie node; filled while the set is built, read-only afterwards. */
    private static final class Node {
        private final Map<Integer, Node> children = new HashMap<>();
        private boolean terminal;
    }

    boolean isEmpty() {
        return empty;
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
        if (empty || length < shortestWindow() || length > longestWindow()) {
            return false;
        }
        return lengthsAt(cps, from, from + length).get(length);
    }

    /** The lengths {@code n} for which {@code cps[from, from + n)} is within one edit of a term. */
    BitSet lengthsAt(int[] cps, int from) {
        return lengthsAt(cps, from, cps.length);
    }

    private BitSet lengthsAt(int[] cps, int from, int end) {
        BitSet lengths = new BitSet();
        if (!empty) {
            walk(root, cps, from, from, end, false, false, lengths);
        }
        return lengths;
    }

    /**
     * Follows the trie from {@code node} with the password at {@code at}; {@code edited} says whether the one edit
     * was spent, {@code justInserted} whether it was a character of the password's own taken just before.
     */
    private void walk(Node node, int[] cps, int from, int at, int end, boolean edited, boolean justInserted,
            BitSet lengths) {
        if (node.terminal && at > from && !justInserted) {
            lengths.set(at - from); // a character of its own at the piece's end does not belong to the term
        }
        if (at < end) {
            Node next = node.children.get(cps[at]);
            if (next != null) {
                walk(next, cps, from, at + 1, end, edited, false, lengths);
            }
        }
        if (edited) {
            return;
        }
        for (Map.Entry<Integer, Node> child : node.children.entrySet()) {
            if (at < end && child.getKey() != cps[at]) {
                walk(child.getValue(), cps, from, at + 1, end, true, false, lengths); // substituted
            }
            walk(child.getValue(), cps, from, at, end, true, false, lengths); // the term's character left out
        }
        if (at > from && at < end && node != root) {
            walk(node, cps, from, at + 1, end, true, true, lengths); // a character added inside the term
        }
    }
}
