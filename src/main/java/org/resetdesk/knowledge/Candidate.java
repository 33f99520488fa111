package org.resetdesk.knowledge;

/**
 * A section the search found for a question.
 *
 * @param section    the section, in the language it was found in
 * @param confidence how well it covers the question, 0 to 1 (see {@link KnowledgeIndex})
 * @param score      Lucene's BM25 score, for ranking and traces only
 * @param closeness  how nearly the question is the section's heading or one of its alternate questions, 0 to 1
 */
public record Candidate(KnowledgeSection section, double confidence, double score, double closeness) {

    /**
     * The weight of closeness in the ranking; coverage and relative BM25 share the rest. Measured over both dev sets
     * at the default thresholds: 0 gives 200 right and 8 wrong answers, 0.1 gives 200 and 7, equal thirds 197 and 10
     * (closeness then favours short headings that share one word with the question).
     */
    private static final double CLOSENESS_WEIGHT = 0.1;

    /** The score candidates are ranked by: coverage, BM25 relative to the best hit's, and a little closeness. */
    double rank(double topScore) {
        double relative = topScore <= 0 ? 0 : score / topScore;
        return (1 - CLOSENESS_WEIGHT) / 2 * (confidence + relative) + CLOSENESS_WEIGHT * closeness;
    }
}
