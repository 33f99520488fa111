package org.resetdesk.verification;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.resetdesk.crypto.Pbkdf2;


/**
 * Security question answers and the choice of questions to ask.
 *
 * <p>Answers are compared after {@linkplain #normalise normalising} case, spaces and diacritics, so "Brașov",
 * "brasov" and " BRAŞOV " are the same answer. They are stored only as a PBKDF2-HMAC-SHA256 hash with a random salt
 * per answer, in the self-describing form {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (base64), and checked in
 * constant time. At a reset, {@link #select} picks the configured number of registered questions at random; after a
 * wrong answer the flow calls it again for a fresh selection.
 *
 * <p>Thread-safe. Answers are never stored in plain text, logged or included in exceptions.
 */
public final class SecurityAnswers {

    /** Stored hashes with more iterations are refused, not computed: a corrupt row must not hang a turn. */
    private static final int MAX_ITERATIONS = Pbkdf2.MAX_ITERATIONS;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final int iterations;
    private final int asked;
    private final String decoyHash;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param iterations PBKDF2 iterations for new hashes
     * @param asked      questions asked per attempt (3 to 5)
     */
    public SecurityAnswers(int iterations, int asked) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be between 1 and " + MAX_ITERATIONS);
        }
        if (asked < 3 || asked > 5) {
            throw new IllegalArgumentException("asked must be between 3 and 5, was " + asked);
        }
        this.iterations = iterations;
        this.asked = asked;
        this.decoyHash = Pbkdf2.hash(java.util.UUID.randomUUID().toString(), iterations);
    }

    /** The comparable form of an answer: lower case, without diacritics, single spaces, no surrounding spaces. */
    public static String normalise(String answer) {
        String decomposed = Normalizer.normalize(answer, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * Checks an answer against nothing, taking as long as a real check: for decoy questions of unknown accounts, so
     * the time of the reply does not tell them apart. Always false.
     */
    public boolean matchesNothing(String answer) {
        Pbkdf2.matches(normalise(answer), decoyHash); // only the time it takes matters
        return false;
    }

    /** A new salted hash of the normalised {@code answer}, to store at registration. */
    public String hash(String answer) {
        return Pbkdf2.hash(normalise(answer), iterations);
    }

    /**
     * Whether {@code answer} matches the {@code stored} hash, compared in constant time. A stored value that is not
     * in the expected form is an {@link IllegalArgumentException} (its content is not repeated in the message).
     */
    public boolean matches(String answer, String stored) {
        return Pbkdf2.matches(normalise(answer), stored);
    }

    /** Whether {@code stored} was made with fewer iterations than now configured (hash again after a match). */
    public boolean needsRehash(String stored) {
        return Pbkdf2.iterations(stored) < iterations;
    }

    /** How many questions are asked per attempt. */
    public int asked() {
        return asked;
    }

    /**
     * A fresh random selection of the configured number of questions, in random order, from the {@code registered}
     * ones (keys or texts, duplicates ignored). Fails if fewer are registered than must be asked: such an account is
     * not registered for this method.
     */
    public List<String> select(Collection<String> registered) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(registered));
        if (distinct.size() < asked) {
            throw new IllegalArgumentException(
                    "only " + distinct.size() + " questions registered, " + asked + " must be asked");
        }
        Collections.shuffle(distinct, random);
        return List.copyOf(distinct.subList(0, asked));
    }
}
