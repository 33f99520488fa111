package org.resetdesk.knowledge;

import java.util.List;

/**
 * What the knowledge base can say to a question.
 *
 * @param kind       answer it, ask which of a few sections was meant, or admit not knowing
 * @param candidates the sections considered, best first: the answer first, or the options to offer
 */
public record Lookup(Kind kind, List<Candidate> candidates) {

    /** The decision. */
    public enum Kind { ANSWER, CLARIFY, UNKNOWN }

    public Lookup {
        candidates = List.copyOf(candidates);
    }

    public Candidate best() {
        return candidates.get(0);
    }

    /** The best confidence, 0 when nothing matched. */
    public double confidence() {
        return candidates.isEmpty() ? 0 : candidates.get(0).confidence();
    }
}
