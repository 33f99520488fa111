package org.resetdesk.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.resetdesk.text.Language;

/**
 * The sections of one language in an in-memory Lucene index (BM25), with three fields: the heading (boost 3), the
 * alternate questions (boost 2.5) and the body (boost 1). A query is analysed like the text; each of its terms may
 * match any field (the best field counts), and a word of six letters or more (after stemming) that the index does
 * not know is also searched as the indexed words one typo away (found through a table of one-letter deletions).
 *
 * <p>Ranking uses BM25. The confidence is separate and does not grow with the question's length: the share of the
 * question's informative weight (each term weighted by its inverse document frequency, words the index has never
 * seen weighing most) that the section covers, in its heading or questions fully, in its body at 0.7, by a typo at
 * 0.8. A question about things the knowledge base never mentions ("the wifi password for guests") keeps a low
 * confidence even when a common word ("password") matches. Immutable and thread-safe.
 */
final class KnowledgeIndex {

    static final String HEADING = "heading";
    static final String QUESTIONS = "questions";
    static final String BODY = "body";
    private static final float HEADING_BOOST = 3f;
    private static final float QUESTIONS_BOOST = 2.5f;
    private static final float TYPO_BOOST = 0.7f;
    private static final int FUZZY_MIN_LENGTH = 6;
    private static final double BODY_WEIGHT = 0.7;
    private static final double TYPO_WEIGHT = 0.8;
    /** The most distinct words of a question that are searched. */
    private static final int MAX_TERMS = 40;
    /** How many hits are considered for confidence. */
    private static final int CANDIDATES = 10;

    private final Language language;
    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final List<KnowledgeSection> sections;
    /** Per section: its heading-and-questions terms and its body terms, analysed. */
    private final List<Set<String>> titleTerms = new ArrayList<>();
    private final List<Set<String>> bodyTerms = new ArrayList<>();
    /** Per section: the terms of its heading and of each alternate question, line by line. */
    private final List<List<Set<String>>> titleLines = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, List<String>> phraseTerms = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each indexed term and each of its one-letter deletions, to the indexed terms: typo lookups in O(length). */
    private final Map<String, Set<String>> byDeletion = new HashMap<>();

    KnowledgeIndex(Language language, List<KnowledgeSection> sections) {
        this.language = language;
        this.analyzer = KnowledgeAnalyzers.forLanguage(language);
        this.sections = List.copyOf(sections);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < this.sections.size(); i++) {
                KnowledgeSection section = this.sections.get(i);
                Document document = new Document();
                document.add(new TextField(HEADING, section.heading(), Field.Store.NO));
                document.add(new TextField(QUESTIONS, String.join("\n", section.questions()), Field.Store.NO));
                document.add(new TextField(BODY, section.markdown(), Field.Store.NO));
                writer.addDocument(document);
                List<Set<String>> lines = new ArrayList<>();
                lines.add(Set.copyOf(terms(section.heading())));
                section.questions().forEach(question -> lines.add(Set.copyOf(terms(question))));
                Set<String> title = new LinkedHashSet<>();
                lines.forEach(title::addAll);
                titleLines.add(List.copyOf(lines));
                Set<String> body = new LinkedHashSet<>(terms(section.markdown()));
                titleTerms.add(title);
                bodyTerms.add(body);
                Set<String> all = new LinkedHashSet<>(title);
                all.addAll(body);
                all.forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            }
            documentFrequency.keySet().stream().filter(KnowledgeIndex::fuzzy).forEach(term -> {
                byDeletion.computeIfAbsent(term, key -> new LinkedHashSet<>()).add(term);
                for (int i = 0; i < term.length(); i++) {
                    byDeletion.computeIfAbsent(deleted(term, i), key -> new LinkedHashSet<>()).add(term);
                }
            });
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            if (reader.maxDoc() != this.sections.size()) {
                throw new IllegalStateException("The knowledge index lost documents");
            }
            this.searcher = new IndexSearcher(reader);
            this.searcher.setQueryCache(null); // every question is new; caching clauses only costs time here
        } catch (IOException e) {
            throw new UncheckedIOException("The knowledge index could not be built", e);
        }
    }

    Language language() {
        return language;
    }

    int size() {
        return sections.size();
    }

    /** A synonym's analysed terms; synonyms are few and fixed, so each is analysed once. */
    private List<String> phraseTerms(String phrase) {
        return phraseTerms.computeIfAbsent(phrase, this::terms);
    }

    /** The question's analysed terms, in order, without repeats. */
    List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (!terms.contains(value)) {
                    terms.add(value);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * The best sections for {@code question}, in rank order. {@code synonyms} are the synonym groups the question
     * mentions: their other members are searched too, and a question term covered by a synonym counts as covered.
     */
    List<Candidate> search(String question, List<Synonyms.Match> synonyms) {
        List<String> terms = terms(question);
        if (terms.size() > MAX_TERMS) {
            terms = terms.subList(0, MAX_TERMS); // a question, not an essay: the first words say what it is about
        }
        List<String> all = new ArrayList<>(terms);
        // Per question term, the synonyms that stand for it, each as its analysed terms: a phrase ("password
        // writeback") stands for the term only where all of its words are, never through one common word of it.
        Map<String, List<List<String>>> alternatives = new HashMap<>();
        for (Synonyms.Match match : synonyms) {
            List<List<String>> others = new ArrayList<>();
            for (String text : match.alternatives()) {
                List<String> phrase = phraseTerms(text);
                if (phrase.isEmpty() || others.contains(phrase)) {
                    continue;
                }
                others.add(phrase);
                // Only one-word synonyms are searched. A phrase's words one by one would find whatever mentions any
                // of them ("password" of "password writeback"); searching it whole, or by its rarest word, costs
                // more time than it adds to the ranking (measured: p99 2.4 or 1.75 ms instead of 1.5, and no more
                // right answers). It still counts for coverage and closeness, all of its words together.
                if (phrase.size() == 1 && !all.contains(phrase.get(0))) {
                    all.add(phrase.get(0));
                }
            }
            for (String term : phraseTerms(match.member())) {
                List<List<String>> known = alternatives.computeIfAbsent(term, key -> new ArrayList<>());
                others.stream().filter(phrase -> !known.contains(phrase)).forEach(known::add);
            }
        }
        if (all.isEmpty() || sections.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> typos = new HashMap<>();
        all.forEach(term -> typos.put(term, corrections(term)));
        Query query = query(all, typos);
        if (query instanceof BooleanQuery bool && bool.clauses().isEmpty()) {
            return List.of();
        }
        try {
            TopDocs top = searcher.search(query, CANDIDATES);
            List<Candidate> ranked = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                int index = hit.doc; // documents were added in section order to one index, none deleted
                ranked.add(new Candidate(sections.get(index), confidence(index, terms, alternatives, typos),
                        hit.score, closeness(index, terms, alternatives, typos)));
            }
            // Rank by BM25, coverage and closeness together: BM25 alone favours long sections that repeat a common
            // word, coverage alone cannot tell apart sections that mention the same words, and closeness alone
            // misses questions asked in words of their own.
            double best = ranked.isEmpty() ? 1 : ranked.get(0).score();
            ranked.sort(java.util.Comparator.comparingDouble((Candidate c) -> c.rank(best)).reversed());
            return ranked;
        } catch (IndexSearcher.TooManyClauses e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(List<String> terms, Map<String, Set<String>> typos) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            // Words no section contains cannot match: no term lookup is spent on them, only on their corrections.
            List<Query> fields = new ArrayList<>(documentFrequency.containsKey(term) ? fieldQueries(term, 1f)
                    : List.of());
            for (String corrected : typos.get(term)) {
                fields.addAll(fieldQueries(corrected, TYPO_BOOST));
            }
            if (!fields.isEmpty()) {
                query.add(new DisjunctionMaxQuery(fields, 0.2f), BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
    }

    private static List<Query> fieldQueries(String term, float boost) {
        return List.of(new BoostQuery(new TermQuery(new Term(HEADING, term)), HEADING_BOOST * boost),
                new BoostQuery(new TermQuery(new Term(QUESTIONS, term)), QUESTIONS_BOOST * boost),
                new BoostQuery(new TermQuery(new Term(BODY, term)), boost));
    }

    /**
     * For a word the index does not know, the indexed words one typo away from it (a letter missing, added or
     * changed); empty for a known word or one that may not be corrected.
     */
    Set<String> corrections(String term) {
        if (documentFrequency.containsKey(term)) {
            return Set.of();
        }
        if (!fuzzy(term)) {
            // A stem one letter short of the limit is forgiven only a dropped letter ("rejct" for "reject"): the
            // word the user meant is long enough, and a missing letter is the commonest slip.
            boolean oneShort = term.length() == FUZZY_MIN_LENGTH - 1 && term.chars().noneMatch(Character::isDigit);
            return oneShort ? Set.copyOf(byDeletion.getOrDefault(term, Set.of())) : Set.of();
        }
        Set<String> found = new LinkedHashSet<>(byDeletion.getOrDefault(term, Set.of()));
        for (int i = 0; i < term.length(); i++) {
            String shorter = deleted(term, i);
            if (documentFrequency.containsKey(shorter)) {
                found.add(shorter);
            }
            byDeletion.getOrDefault(shorter, Set.of()).stream()
                    .filter(candidate -> candidate.length() == term.length()).forEach(found::add);
        }
        found.removeIf(candidate -> !withinOneEdit(candidate, term));
        return found;
    }

    private static String deleted(String term, int at) {
        return term.substring(0, at) + term.substring(at + 1);
    }

    /**
     * The idf-weighted share of the question's own terms the section covers: in its heading or questions fully, in
     * its body at {@value #BODY_WEIGHT}, by a one-letter typo or by a synonym at {@value #TYPO_WEIGHT} of that.
     * Synonyms add no weight of their own, so they cannot make an unrelated question look answered.
     */
    private double confidence(int index, List<String> terms, Map<String, List<List<String>>> alternatives,
            Map<String, Set<String>> typos) {
        if (terms.isEmpty()) {
            return 0;
        }
        Set<String> title = titleTerms.get(index);
        Set<String> body = bodyTerms.get(index);
        double total = 0;
        double covered = 0;
        for (String term : terms) {
            double weight = idf(term);
            total += weight;
            List<List<String>> others = alternatives.getOrDefault(term, List.of());
            if (title.contains(term)) {
                covered += weight;
            } else if (others.stream().anyMatch(title::containsAll)) {
                covered += weight * TYPO_WEIGHT;
            } else if (body.contains(term)) {
                covered += weight * BODY_WEIGHT;
            } else if (others.stream().anyMatch(body::containsAll)) {
                covered += weight * BODY_WEIGHT * TYPO_WEIGHT;
            } else if (typos.get(term).stream().anyMatch(title::contains)) {
                covered += weight * TYPO_WEIGHT;
            } else if (typos.get(term).stream().anyMatch(body::contains)) {
                covered += weight * BODY_WEIGHT * TYPO_WEIGHT;
            }
        }
        return covered / total;
    }

    /**
     * How nearly the question is one of the ways the section is asked: the best overlap (Jaccard, on analysed terms)
     * between the question's terms and its heading's or one alternate question's. A question term matches a line's
     * term itself, through a synonym or a one-letter typo. Sections that both mention every word of "what is password
     * writeback" have the same coverage; only one is asked that way.
     */
    private double closeness(int index, List<String> terms, Map<String, List<List<String>>> alternatives,
            Map<String, Set<String>> typos) {
        double best = 0;
        for (Set<String> line : titleLines.get(index)) {
            if (line.isEmpty()) {
                continue;
            }
            int matched = 0;
            for (String term : terms) {
                if (line.contains(term) || alternatives.getOrDefault(term, List.of()).stream().anyMatch(line::containsAll)
                        || typos.get(term).stream().anyMatch(line::contains)) {
                    matched++;
                }
            }
            // Through synonyms two of the question's terms may meet one of the line's: the overlap is at most the line.
            int shared = Math.min(matched, line.size());
            best = Math.max(best, shared / (double) (terms.size() + line.size() - shared));
        }
        return best;
    }

    /**
     * Whether a typo may be forgiven in the term: six letters or more (shorter stems have too many neighbours:
     * "salar" is one letter from "safar"), never a term with a digit
     * (SSPR_0013 is not SSPR_0014 with a typo).
     */
    private static boolean fuzzy(String term) {
        return term.length() >= FUZZY_MIN_LENGTH && term.chars().noneMatch(Character::isDigit);
    }

    private double idf(String term) {
        int n = sections.size();
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        String restA = a.substring(Math.min(i + 1, a.length()));
        String restB = b.substring(Math.min(i + 1, b.length()));
        if (a.length() == b.length()) {
            // one letter replaced, or two neighbours swapped ("parloa", "resteare")
            return restA.equals(restB) || i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1)
                    && a.charAt(i + 1) == b.charAt(i) && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(
                b.substring(i + 1));
    }
}
