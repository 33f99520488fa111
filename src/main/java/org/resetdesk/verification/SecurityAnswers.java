package org.resetdesk.verification;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

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

    private static final String SCHEME = "pbkdf2-sha256";
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    /** Stored hashes with more iterations are refused, not computed: a corrupt row must not hang a turn. */
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final int iterations;
    private final int asked;
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
    }

    /** The comparable form of an answer: lower case, without diacritics, single spaces, no surrounding spaces. */
    public static String normalise(String answer) {
        String decomposed = Normalizer.normalize(answer, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** A new salted hash of the normalised {@code answer}, to store at registration. */
    public String hash(String answer) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(normalise(answer), salt, iterations);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /**
     * Whether {@code answer} matches the {@code stored} hash, compared in constant time. A stored value that is not
     * in the expected form is an {@link IllegalArgumentException} (its content is not repeated in the message).
     */
    public boolean matches(String answer, String stored) {
        Encoded encoded = Encoded.parse(stored);
        byte[] candidate = derive(normalise(answer), encoded.salt(), encoded.iterations());
        return MessageDigest.isEqual(encoded.hash(), candidate);
    }

    /** Whether {@code stored} was made with fewer iterations than now configured (hash again after a match). */
    public boolean needsRehash(String stored) {
        return Encoded.parse(stored).iterations() < iterations;
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

    private static byte[] derive(String normalised, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(normalised.toCharArray(), salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(KDF + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private record Encoded(int iterations, byte[] salt, byte[] hash) {

        static Encoded parse(String stored) {
            String[] parts = stored == null ? new String[0] : stored.split("\\$", -1);
            if (parts.length != 4 || !SCHEME.equals(parts[0])) {
                throw new IllegalArgumentException("stored answer hash is not in the " + SCHEME + " form");
            }
            int rounds;
            byte[] salt;
            byte[] hash;
            try {
                rounds = Integer.parseInt(parts[1]);
                salt = Base64.getDecoder().decode(parts[2]);
                hash = Base64.getDecoder().decode(parts[3]);
            } catch (IllegalArgumentException e) {
                // The decoder's message quotes the offending character; keep even that out of logs.
                throw new IllegalArgumentException("stored answer hash is malformed");
            }
            if (rounds < 1 || rounds > MAX_ITERATIONS || salt.length == 0 || hash.length != HASH_BITS / 8) {
                throw new IllegalArgumentException("stored answer hash has out-of-range parameters");
            }
            return new Encoded(rounds, salt, hash);
        }
    }
}
