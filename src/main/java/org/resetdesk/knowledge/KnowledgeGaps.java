package org.resetdesk.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import org.resetdesk.cache.Caches;
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

    private final Cache<String, Gap> gaps = Caches.newBuilder().maximumSize(10_000).build();

    public void record(String question, Language language, double confidence) {
        if (!mayKeep(question) || !Interrogatives.asksSomething(question)) {
            return;
        }
        String folded = TextFolding.fold(question);
        String kept = folded;
        gaps.asMap().merge(language.code() + ":" + kept, new Gap(kept, language.code(), 1, confidence),
                (old, again) -> new Gap(old.question(), old.language(), old.count() + 1,
                        Math.max(old.confidence(), again.confidence())));
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
        return gaps.asMap().values().stream()
                .sorted(Comparator.comparingLong(Gap::count).reversed().thenComparing(Gap::question))
                .limit(limit).toList();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "KnowledgeGaps[%d]", gaps.estimatedSize());
    }
}
