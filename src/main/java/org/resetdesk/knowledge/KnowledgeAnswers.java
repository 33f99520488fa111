package org.resetdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import org.resetdesk.cache.Caches;
import org.resetdesk.text.Interrogatives;
import org.resetdesk.text.Language;

/**
 * Decides what to do with a question: answer the best-ranked section when its confidence reaches τ and no other
 * section ranks nearly as high with a confidence above τ too, or when every such rival is clearly less close to the
 * question (see {@link Candidate#closeness()}), or when one of the close sections covers clearly more of the question
 * than each of the others; offer up to three sections ("Did you mean") when the best is below τ
 * but plausible, or when the best are too close to choose; otherwise say it doesn't know.
 * Thread-safe.
 */
public final class KnowledgeAnswers {

    static final int OPTIONS = 3;
    /**
     * How much more of a question one of several too-close sections must cover to answer it. Swept over both dev
     * sets at the default thresholds: 0.10 answers one more right and none wrong; 0.05 one more right and two
     * more wrong; 0.15 and above change nothing.
     */
    static final double COVERS_MORE = 0.10;
    /** Decisions kept (questions as {@link KnowledgeGaps#mayKeep} allows). */
    private static final int CACHED = 10_000;

    private static final Pattern OPENING_GREETING = Pattern.compile(
            "^(?:good\\s+(?:morning|afternoon|evening|day)|bun[aă]\\s+(?:ziua|diminea[tțţ]a|seara)|"
                    + "hi|hello|hey|salut|neata)\\b[\\s,.!;:-]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final KnowledgeLibrary library;
    private final KnowledgeProperties properties;
    private final Cache<Key, Lookup> cache = Caches.newBuilder().maximumSize(CACHED).build();

    public KnowledgeAnswers(KnowledgeLibrary library, KnowledgeProperties properties) {
        this.library = library;
        this.properties = properties;
    }

    /**
     * The decision for {@code question}. Decisions are cached per version of the knowledge base (the same questions
     * come again and again), bounded; a reload starts a fresh cache.
     */
    public Lookup lookup(String question, Language language) {
        KnowledgeBase base = library.current();
        String asked = withoutGreeting(question.strip());
        if (!KnowledgeGaps.mayKeep(asked)) {
            return decide(base, asked, language); // short, long or password-like messages are never kept
        }
        return cache.get(new Key(base.version(), language, asked), key -> decide(base, key.question(), language));
    }

    /**
     * The question without the greeting it opens with ("Good morning, my new password…", "Bună ziua, …"): the
     * greeting says nothing of the topic, and "good" or "bună" alone would find the section on good passwords.
     * A message that is only a greeting is left as it is.
     */
    static String withoutGreeting(String question) {
        String rest = OPENING_GREETING.matcher(question).replaceFirst("");
        return rest.isBlank() ? question : rest;
    }

    /** A cached decision's key; with the knowledge base's version, so a reload never serves an old decision. */
    private record Key(long version, Language language, String question) {
    }

    private Lookup decide(KnowledgeBase base, String question, Language language) {
        List<Candidate> candidates = base.search(question, language);
        Optional<KnowledgeSection> named = namingTheCode(base, language, question);
        if (named.isPresent()) {
            // An error code is the surest evidence there is: the one section whose heading names it answers, whatever
            // the words around the code (which the search may weigh above it).
            List<Candidate> ranked = new ArrayList<>();
            ranked.add(new Candidate(named.get(), 1.0, candidates.isEmpty() ? 1.0 : candidates.get(0).score(), 1.0));
            candidates.stream().filter(candidate -> !candidate.section().id().equals(named.get().id()))
                    .forEach(ranked::add);
            return new Lookup(Lookup.Kind.ANSWER, ranked);
        }
        if (candidates.isEmpty() || candidates.get(0).confidence() < properties.suggestThreshold()) {
            return new Lookup(Lookup.Kind.UNKNOWN, candidates.stream().limit(OPTIONS).toList());
        }
        Candidate best = candidates.get(0);
        // "Close" is measured on the score the candidates are ranked by.
        double top = candidates.stream().mapToDouble(Candidate::score).max().orElse(1);
        List<Candidate> rivals = candidates.subList(1, candidates.size()).stream()
                .filter(rival -> rival.rank(top) > best.rank(top) * (1 - properties.tieMargin())
                        && rival.confidence() >= properties.answerThreshold())
                .toList();
        // Two sections that mention the same words tie on coverage; the one whose heading or alternate question
        // is nearly the question itself is still the answer.
        boolean askedThatWay = rivals.stream().allMatch(
                rival -> best.closeness() - rival.closeness() >= properties.askedMargin());
        if (best.confidence() >= properties.answerThreshold() && (rivals.isEmpty() || askedThatWay)) {
            return new Lookup(Lookup.Kind.ANSWER, candidates);
        }
        Optional<Candidate> covering = rivals.isEmpty() ? Optional.empty() : coveringMost(best, rivals, properties.answerThreshold());
        if (covering.isPresent()) {
            List<Candidate> ranked = new ArrayList<>(candidates);
            ranked.remove(covering.get());
            ranked.add(0, covering.get());
            return new Lookup(Lookup.Kind.ANSWER, ranked);
        }
        return new Lookup(Lookup.Kind.CLARIFY, candidates.stream()
                .filter(candidate -> candidate.confidence() >= properties.suggestThreshold())
                .limit(OPTIONS).toList());
    }

    /**
     * Among sections that rank too close to choose, the one that covers clearly more of the question, if one does:
     * its confidence at least {@value #COVERS_MORE} above each other's.
     */
    static Optional<Candidate> coveringMost(Candidate best, List<Candidate> rivals, double threshold) {
        List<Candidate> close = new ArrayList<>(rivals);
        close.add(0, best);
        for (Candidate candidate : close) {
            boolean clearly = candidate.confidence() >= threshold && close.stream().filter(other -> other != candidate)
                    .allMatch(other -> candidate.confidence() - other.confidence() >= COVERS_MORE);
            if (clearly) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The only section whose heading names an error code the question quotes, if exactly one does. */
    private static Optional<KnowledgeSection> namingTheCode(KnowledgeBase base, Language language, String question) {
        List<String> codes = Interrogatives.errorCodes(question);
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        List<KnowledgeSection> naming = base.articles(language).stream()
                .flatMap(article -> article.sections().stream())
                .filter(section -> Interrogatives.errorCodes(section.heading()).stream().anyMatch(codes::contains))
                .toList();
        return naming.size() == 1 ? Optional.of(naming.get(0)) : Optional.empty();
    }

    public KnowledgeLibrary library() {
        return library;
    }
}
