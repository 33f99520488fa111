package org.resetdesk.verification;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Base32 (RFC 4648, section 6), the form in which authenticator apps exchange TOTP secrets. Decoding ignores case,
 * spaces (apps show secrets in groups) and trailing padding; anything else that is not base32 is refused with an
 * {@link InvalidSecretException}. Stateless and thread-safe.
 */
public final class Base32 {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {
    }

    /** Decodes {@code text}; if it is not base32, throws {@link InvalidSecretException} naming the reason. */
    public static byte[] decode(String text) {
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        int end = compact.length();
        while (end > 0 && compact.charAt(end - 1) == '=') {
            end--;
        }
        boolean padded = end < compact.length();
        if (end == 0) {
            throw new InvalidSecretException(InvalidSecretException.Reason.EMPTY, "no characters");
        }
        // A base32 group of 8 characters holds 5 bytes; a final partial group can only have 2, 4, 5 or 7 characters.
        int tail = end % 8;
        if (tail == 1 || tail == 3 || tail == 6 || (padded && compact.length() % 8 != 0)) {
            throw new InvalidSecretException(InvalidSecretException.Reason.INVALID_LENGTH,
                    "length " + end + " is not a whole number of base32 characters");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(end * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < end; i++) {
            int value = ALPHABET.indexOf(compact.charAt(i));
            if (value < 0) {
                throw new InvalidSecretException(InvalidSecretException.Reason.INVALID_CHARACTER,
                        "character " + (i + 1) + " is not a base32 digit");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out.write((buffer >> bits) & 0xFF);
            }
            buffer &= (1 << bits) - 1;
        }
        return out.toByteArray();
    }

    /** Encodes {@code bytes} as upper-case base32 without padding, as authenticator apps and otpauth URIs expect. */
    public static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                text.append(ALPHABET.charAt((buffer >> bits) & 0x1F));
            }
            buffer &= (1 << bits) - 1;
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1F));
        }
        return text.toString();
    }
}
