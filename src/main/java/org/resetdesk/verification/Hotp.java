package org.resetdesk.verification;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-based one-time passwords (RFC 4226), the building block of TOTP. Stateless and thread-safe. */
final class Hotp {

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Hotp() {
    }

    /** The {@code digits}-digit code (zero-padded) for {@code counter}, keyed by {@code key}. */
    static String generate(Totp.Algorithm algorithm, byte[] key, long counter, int digits) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("digits must be between 6 and 8, was " + digits);
        }
        byte[] hash = mac(algorithm, key, ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
        // Dynamic truncation (RFC 4226 section 5.3): the low nibble of the last byte picks 4 bytes, top bit cleared.
        int offset = hash[hash.length - 1] & 0x0F;
        int binary = ((hash[offset] & 0x7F) << 24)
                | ((hash[offset + 1] & 0xFF) << 16)
                | ((hash[offset + 2] & 0xFF) << 8)
                | (hash[offset + 3] & 0xFF);
        String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    private static byte[] mac(Totp.Algorithm algorithm, byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm.jcaName());
            mac.init(new SecretKeySpec(key, algorithm.jcaName()));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            // Every Java SE runtime ships HmacSHA1/256/512; reaching this means a broken JDK, not bad input.
            throw new IllegalStateException(algorithm.jcaName() + " is not available", e);
        }
    }
}
