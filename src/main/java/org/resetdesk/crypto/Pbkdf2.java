package org.resetdesk.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow hashes of secrets (passwords, security answers): PBKDF2-HMAC-SHA256 with a random 16-byte salt, in
 * the self-describing form {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (base64), checked in constant time.
 * Thread-safe.
 */
public final class Pbkdf2 {

    private static final String SCHEME = "pbkdf2-sha256";
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    /** Upper bound on stored iteration counts, so a tampered hash cannot make a check take forever. */
    public static final int MAX_ITERATIONS = 10_000_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pbkdf2() {
    }

    public static String hash(String secret, int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be between 1 and " + MAX_ITERATIONS);
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(secret, salt, iterations));
    }

    /**
     * Whether {@code secret} is the one {@code stored} was made from.
     *
     * @throws IllegalArgumentException when {@code stored} is not a hash of this form (the message never quotes it)
     */
    public static boolean matches(String secret, String stored) {
        Encoded encoded = Encoded.parse(stored);
        return MessageDigest.isEqual(encoded.hash(), derive(secret, encoded.salt(), encoded.iterations()));
    }

    /** The iteration count a stored hash was made with (to tell when it should be made again, stronger). */
    public static int iterations(String stored) {
        return Encoded.parse(stored).iterations();
    }

    private static byte[] derive(String secret, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, rounds, HASH_BITS);
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
                throw new IllegalArgumentException("stored hash is not in the " + SCHEME + " form");
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
                throw new IllegalArgumentException("stored hash is malformed");
            }
            if (rounds < 1 || rounds > MAX_ITERATIONS || salt.length == 0 || hash.length != HASH_BITS / 8) {
                throw new IllegalArgumentException("stored hash has out-of-range parameters");
            }
            return new Encoded(rounds, salt, hash);
        }
    }
}
