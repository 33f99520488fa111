package org.resetdesk.knowledge;

/**
 * A section the search found for a question.
 *
 * @param section    the section, in the language it was found in
 * @param confidence how well it covers the question, 0 to 1 (see {@link KnowledgeIndex})
 * @param score      Lucene's BM25 score, for ranking and traces only
 */
public record Candidate(KnowledgeSection section, double confidence, double score) {
}
