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
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
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
 * match any field (the best field counts), and terms of five letters or more also match at one typo.
 *
 * <p>Ranking uses BM25. The confidence is separate and does not grow with the question's length: the share of the
 * question's informative weight (each term weighted by its inverse document frequency, words the index has never
 * seen weighing most) that the section covers, in its heading or questions fully, in its body at 0.7, by a typo at
 * 0.8. A question about things the knowledge base never mentions ("the wifi password for guests") keeps a low
 * confidence even when a common word ("password") matches. Immutable and thread-safe.
 */
final class KnowledgeIndex {

    static final String ID = "id";
    static final String HEADING = "heading";
    static final String QUESTIONS = "questions";
    static final String BODY = "body";
    private static final float HEADING_BOOST = 3f;
    private static final float QUESTIONS_BOOST = 2.5f;
    private static final float FUZZY_BOOST = 0.3f;
    private static final int FUZZY_MIN_LENGTH = 5;
    private static final double BODY_WEIGHT = 0.7;
    private static final double TYPO_WEIGHT = 0.8;
    /** The weight of coverage, against BM25 relative to the best hit, in the final ranking. */
    private static final double RANK_COVERAGE = 0.5;
    /** How many hits are considered for confidence. */
    private static final int CANDIDATES = 10;

    private final Language language;
    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final List<KnowledgeSection> sections;
    /** Per section: its heading-and-questions terms and its body terms, analysed. */
    private final List<Set<String>> titleTerms = new ArrayList<>();
    private final List<Set<String>> bodyTerms = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    KnowledgeIndex(Language language, List<KnowledgeSection> sections) {
        this.language = language;
        this.analyzer = KnowledgeAnalyzers.forLanguage(language);
        this.sections = List.copyOf(sections);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < this.sections.size(); i++) {
                KnowledgeSection section = this.sections.get(i);
                Document document = new Document();
                document.add(new StoredField(ID, i));
                document.add(new TextField(HEADING, section.heading(), Field.Store.NO));
                document.add(new TextField(QUESTIONS, String.join("\n", section.questions()), Field.Store.NO));
                document.add(new TextField(BODY, section.markdown(), Field.Store.NO));
                writer.addDocument(document);
                Set<String> title = new LinkedHashSet<>(terms(section.heading()));
                section.questions().forEach(question -> title.addAll(terms(question)));
                Set<String> body = new LinkedHashSet<>(terms(section.markdown()));
                titleTerms.add(title);
                bodyTerms.add(body);
                Set<String> all = new LinkedHashSet<>(title);
                all.addAll(body);
                all.forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
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
        List<String> all = new ArrayList<>(terms);
        Map<String, Set<String>> alternatives = new HashMap<>();
        for (Synonyms.Match match : synonyms) {
            Set<String> others = new LinkedHashSet<>();
            match.alternatives().forEach(text -> others.addAll(terms(text)));
            others.stream().filter(t -> !all.contains(t)).forEach(all::add);
            for (String term : terms(match.member())) {
                alternatives.computeIfAbsent(term, key -> new LinkedHashSet<>()).addAll(others);
            }
        }
        if (all.isEmpty() || sections.isEmpty()) {
            return List.of();
        }
        try {
            TopDocs top = searcher.search(query(all), CANDIDATES);
            List<Candidate> ranked = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                int index = searcher.storedFields().document(hit.doc).getField(ID).numericValue().intValue();
                ranked.add(new Candidate(sections.get(index), confidence(index, terms, alternatives), hit.score));
            }
            // Rank by BM25 and coverage together: BM25 alone favours long sections that repeat a common word,
            // coverage alone cannot tell apart sections that mention the same words.
            double best = ranked.isEmpty() ? 1 : ranked.get(0).score();
            ranked.sort(java.util.Comparator.comparingDouble(
                    (Candidate c) -> RANK_COVERAGE * c.confidence() + (1 - RANK_COVERAGE) * c.score() / best)
                    .reversed());
            return ranked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query query(List<String> terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            List<Query> fields = new ArrayList<>();
            fields.add(new BoostQuery(new TermQuery(new Term(HEADING, term)), HEADING_BOOST));
            fields.add(new BoostQuery(new TermQuery(new Term(QUESTIONS, term)), QUESTIONS_BOOST));
            fields.add(new TermQuery(new Term(BODY, term)));
            if (fuzzy(term)) {
                fields.add(new BoostQuery(new FuzzyQuery(new Term(QUESTIONS, term), 1, 1), FUZZY_BOOST));
                fields.add(new BoostQuery(new FuzzyQuery(new Term(HEADING, term), 1, 1), FUZZY_BOOST));
            }
            query.add(new DisjunctionMaxQuery(fields, 0.2f), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * The idf-weighted share of the question's own terms the section covers: in its heading or questions fully, in
     * its body at {@value #BODY_WEIGHT}, by a one-letter typo or by a synonym at {@value #TYPO_WEIGHT} of that.
     * Synonyms add no weight of their own, so they cannot make an unrelated question look answered.
     */
    private double confidence(int index, List<String> terms, Map<String, Set<String>> alternatives) {
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
            Set<String> others = alternatives.getOrDefault(term, Set.of());
            if (title.contains(term)) {
                covered += weight;
            } else if (others.stream().anyMatch(title::contains)) {
                covered += weight * TYPO_WEIGHT;
            } else if (body.contains(term)) {
                covered += weight * BODY_WEIGHT;
            } else if (others.stream().anyMatch(body::contains)) {
                covered += weight * BODY_WEIGHT * TYPO_WEIGHT;
            } else if (fuzzy(term) && nearlyContains(title, term)) {
                covered += weight * TYPO_WEIGHT;
            }
        }
        return covered / total;
    }

    /**
     * Whether a typo may be forgiven in the term: words of five letters or more, but never a term with a digit
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

    private static boolean nearlyContains(Set<String> terms, String term) {
        for (String candidate : terms) {
            if (Math.abs(candidate.length() - term.length()) <= 1 && withinOneEdit(candidate, term)) {
                return true;
            }
        }
        return false;
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
            return restA.equals(restB);
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(
                b.substring(i + 1));
    }
}
