package org.resetdesk.password;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;

/**
 * Terms that match a piece of a password at Levenshtein distance 0 or 1 (one character substituted, inserted or
 * deleted). An inserted character counts only inside the piece: "blankf" is "blank" plus a character of its own,
 * which the score counts, as in Entra's example where "contosoblankf9!" scores 5.
 *
 * <p>The terms are kept in a trie. {@link #lengthsAt} walks it once along the password from a start position,
 * spending at most one edit, and reports every piece length that matches a term; the cost depends on the password
 * and the shape of the trie, not on the number of terms. A node keeps its children in two sorted arrays (code points
 * and nodes), so a walk neither boxes code points nor creates iterators. Terms must already be normalised. Immutable
 * and thread-safe.
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
                node = node.childOrNew(cp);
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
        private static final int[] NO_KEYS = {};
        private static final Node[] NO_CHILDREN = {};

        private int[] keys = NO_KEYS; // sorted code points
        private Node[] children = NO_CHILDREN; // children[i] follows keys[i]
        private boolean terminal;

        Node child(int cp) {
            int i = Arrays.binarySearch(keys, cp);
            return i >= 0 ? children[i] : null;
        }

        Node childOrNew(int cp) {
            int i = Arrays.binarySearch(keys, cp);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            int[] grownKeys = new int[keys.length + 1];
            Node[] grownChildren = new Node[keys.length + 1];
            System.arraycopy(keys, 0, grownKeys, 0, at);
            System.arraycopy(children, 0, grownChildren, 0, at);
            System.arraycopy(keys, at, grownKeys, at + 1, keys.length - at);
            System.arraycopy(children, at, grownChildren, at + 1, keys.length - at);
            Node added = new Node();
            grownKeys[at] = cp;
            grownChildren[at] = added;
            keys = grownKeys;
            children = grownChildren;
            return added;
        }
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
            Node next = node.child(cps[at]);
            if (next != null) {
                walk(next, cps, from, at + 1, end, edited, false, lengths);
            }
        }
        if (edited) {
            return;
        }
        for (int i = 0; i < node.keys.length; i++) {
            Node child = node.children[i];
            if (at < end && node.keys[i] != cps[at]) {
                walk(child, cps, from, at + 1, end, true, false, lengths); // substituted
            }
            walk(child, cps, from, at, end, true, false, lengths); // the term's character left out
        }
        if (at > from && at < end && node != root) {
            walk(node, cps, from, at + 1, end, true, true, lengths); // a character added inside the term
        }
    }
}
