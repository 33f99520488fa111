package org.resetdesk.knowledge;

import java.util.List;

import org.resetdesk.text.Language;

/**
 * Decides what to do with a question: answer the best-ranked section when its confidence reaches τ and no other
 * section ranks nearly as high with a confidence above τ too; offer up to three sections ("Did you mean") when the
 * best is below τ but plausible, or when the two best are too close to choose; otherwise say it doesn't know.
 * Thread-safe.
 */
public final class KnowledgeAnswers {

    static final int OPTIONS = 3;

    private final KnowledgeLibrary library;
    private final KnowledgeProperties properties;

    public KnowledgeAnswers(KnowledgeLibrary library, KnowledgeProperties properties) {
        this.library = library;
        this.properties = properties;
    }

    public Lookup lookup(String question, Language language) {
        List<Candidate> candidates = library.current().search(question, language);
        if (candidates.isEmpty() || candidates.get(0).confidence() < properties.suggestThreshold()) {
            return new Lookup(Lookup.Kind.UNKNOWN, candidates.stream().limit(OPTIONS).toList());
        }
        Candidate best = candidates.get(0);
        boolean clearWinner = candidates.size() < 2
                || candidates.get(1).score() <= best.score() * (1 - properties.tieMargin())
                || candidates.get(1).confidence() < properties.answerThreshold();
        if (best.confidence() >= properties.answerThreshold() && clearWinner) {
            return new Lookup(Lookup.Kind.ANSWER, candidates);
        }
        return new Lookup(Lookup.Kind.CLARIFY, candidates.stream()
                .filter(candidate -> candidate.confidence() >= properties.suggestThreshold())
                .limit(OPTIONS).toList());
    }

    public KnowledgeLibrary library() {
        return library;
    }
}
