package org.resetdesk.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.resetdesk.text.Language;

/**
 * The articles of both languages and their search indexes; one immutable version of the knowledge base.
 * Thread-safe.
 */
public final class KnowledgeBase {

    /** An answer from the other language's index must beat the user's own by this much. */
    private static final double OTHER_LANGUAGE_MARGIN = 0.05;

    private final Map<Language, Map<String, KnowledgeArticle>> articles = new EnumMap<>(Language.class);
    private final Map<Language, Map<String, KnowledgeSection>> sections = new EnumMap<>(Language.class);
    private final Map<Language, KnowledgeIndex> indexes = new EnumMap<>(Language.class);
    private final Synonyms synonyms;
    private final long version = VERSIONS.incrementAndGet();
    private static final java.util.concurrent.atomic.AtomicLong VERSIONS = new java.util.concurrent.atomic.AtomicLong();

    KnowledgeBase(Collection<KnowledgeArticle> all, Synonyms synonyms) {
        this.synonyms = synonyms;
        for (Language language : Language.values()) {
            articles.put(language, new LinkedHashMap<>());
            sections.put(language, new LinkedHashMap<>());
        }
        for (KnowledgeArticle article : all) {
            articles.get(article.language()).put(article.name(), article);
            article.sections().forEach(section -> sections.get(article.language()).put(section.id(), section));
        }
        for (Language language : Language.values()) {
            indexes.put(language, new KnowledgeIndex(language, List.copyOf(sections.get(language).values())));
        }
    }

    /** Distinguishes this version from every other one loaded in this process. */
    public long version() {
        return version;
    }

    public Optional<KnowledgeSection> section(Language language, String id) {
        return Optional.ofNullable(sections.get(language).get(id));
    }

    public Optional<KnowledgeArticle> article(Language language, String name) {
        return Optional.ofNullable(articles.get(language).get(name));
    }

    public Collection<KnowledgeArticle> articles(Language language) {
        return articles.get(language).values();
    }

    /** How many sections each language has. */
    public int size(Language language) {
        return sections.get(language).size();
    }

    /**
     * The sections that best answer {@code question}, best first, each in {@code language} when it exists there.
     * Both languages' indexes are searched: a question typed in the other language (or mixing both) is answered
     * from whichever matches better, in the user's language.
     */
    public List<Candidate> search(String question, Language language) {
        List<Synonyms.Match> matches = synonyms.matches(question);
        List<Candidate> own = indexes.get(language).search(question, matches);
        List<Candidate> other = indexes.get(other(language)).search(question, matches);
        double ownBest = own.isEmpty() ? 0 : own.get(0).confidence();
        double otherBest = other.isEmpty() ? 0 : other.get(0).confidence();
        if (otherBest <= ownBest + OTHER_LANGUAGE_MARGIN) {
            return own;
        }
        // The other language's ranking, shown with the user's language sections (the ids are shared).
        List<Candidate> shown = new ArrayList<>();
        for (Candidate found : other) {
            KnowledgeSection section = section(language, found.section().id()).orElse(found.section());
            shown.add(new Candidate(section, found.confidence() - OTHER_LANGUAGE_MARGIN, found.score(),
                    found.closeness()));
        }
        return shown;
    }

    private static Language other(Language language) {
        return language == Language.EN ? Language.RO : Language.EN;
    }
}
