package org.resetdesk.knowledge;

import java.util.Comparator;
import java.util.List;

import org.resetdesk.state.JsonCodec;
import org.resetdesk.state.MemorySharedMaps;
import org.resetdesk.state.SharedMap;
import org.resetdesk.state.SharedMaps;
import org.resetdesk.text.Interrogatives;
import org.resetdesk.text.Language;
import org.resetdesk.text.Secrets;
import org.resetdesk.text.TextFolding;

/**
 * Questions the knowledge base could not answer with confidence, counted, so administrators can grow it from real
 * questions. Only messages phrased as questions (or naming an error code) of three words or more are kept: anything
 * else typed outside a flow may be a security answer or a passphrase sent after its flow ended. They are kept
 * folded, at most {@value #MAX_LENGTH} characters; the store is bounded. Thread-safe.
 */
public final class KnowledgeGaps {

    public static final int MAX_LENGTH = 200;
    private static final int MIN_WORDS = 3;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /**
     * One unanswered question.
     *
     * @param question   the question, folded (lower case, no diacritics or punctuation)
     * @param language   the language it was asked in
     * @param count      how many times it was asked
     * @param confidence the best confidence it got
     */
    public record Gap(String question, String language, long count, double confidence) {
    }

    private final SharedMap<Gap> gaps;

    /** Gaps of this process only. */
    public KnowledgeGaps() {
        this(new MemorySharedMaps(java.time.Clock.systemUTC()));
    }

    /** Gaps counted in {@code maps}: with a shared store, the questions every instance missed. Kept 30 days. */
    public KnowledgeGaps(SharedMaps maps) {
        this.gaps = maps.map(new SharedMaps.Spec<>("knowledge-gaps", new JsonCodec<>(Gap.class),
                java.time.Duration.ofDays(30), 10_000));
    }

    public void record(String question, Language language, double confidence) {
        if (!mayKeep(question) || !Interrogatives.asksSomething(question)) {
            return;
        }
        String folded = TextFolding.fold(question);
        String kept = folded;
        gaps.compute(language.code() + ":" + kept, old -> old == null ? new Gap(kept, language.code(), 1, confidence)
                : new Gap(old.question(), old.language(), old.count() + 1, Math.max(old.confidence(), confidence)));
    }

    /**
     * Whether a message may be kept (as a gap, or as a cache key): at least {@value #MIN_WORDS} words separated by
     * spaces, none of them mixing letters with digits or symbols the way passwords do ("P@ssw0rd!23"), and not too
     * long. A passphrase of plain words can still pass: that is why only counted, folded questions are kept, and only
     * for administrators.
     */
    public static boolean mayKeep(String message) {
        String[] words = WHITESPACE.split(message.strip());
        if (words.length < MIN_WORDS || message.length() > MAX_LENGTH) {
            return false;
        }
        for (String word : words) {
            if (Secrets.passwordLike(word)) {
                return false;
            }
        }
        return true;
    }

    /** The gaps, most asked first. */
    public List<Gap> mostAsked(int limit) {
        return gaps.entries().values().stream()
                .sorted(Comparator.comparingLong(Gap::count).reversed().thenComparing(Gap::question))
                .limit(limit).toList();
    }

    @Override
    public String toString() {
        return "KnowledgeGaps"; // counting them would read the whole store
    }
}
