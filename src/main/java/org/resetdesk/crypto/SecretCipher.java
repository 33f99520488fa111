package org.resetdesk.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets kept in the store (authenticator app keys) with AES-256-GCM. Each sealed value names the key that
 * sealed it ({@link Sealed#keyId()}: a fingerprint of the key, never the key), so the key can be rotated: values
 * sealed under a previous key still open while that key is listed, and are sealed again under the current one at
 * their next write. The user id is bound to each value as associated data, so a value copied to another user's row
 * does not open. Thread-safe.
 */
public final class SecretCipher {

    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Key current;
    private final Map<String, Key> byId;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param current  the key new values are sealed with (32 bytes)
     * @param previous keys that may still have sealed stored values (32 bytes each)
     */
    public SecretCipher(byte[] current, List<byte[]> previous) {
        this.current = new Key(current);
        Map<String, Key> keys = new LinkedHashMap<>();
        previous.forEach(key -> {
            Key old = new Key(key);
            keys.put(old.id, old);
        });
        keys.put(this.current.id, this.current);
        this.byId = Map.copyOf(keys);
    }

    /** A key from its base64 form; the message names {@code setting} but never repeats the value. */
    public static byte[] decodeKey(String base64, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(setting + " must be " + KEY_BYTES + " bytes in base64 (e.g. the output of"
                    + " `openssl rand -base64 32`), was " + key.length + " bytes");
        }
        return key;
    }

    /** The id of the key new values are sealed with. */
    public String currentKeyId() {
        return current.id;
    }

    /** Seals {@code secret} for {@code owner} under the current key. */
    public Sealed seal(byte[] secret, String owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, current, nonce, owner);
            byte[] sealed = cipher.doFinal(secret);
            byte[] value = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return new Sealed(current.id, Base64.getEncoder().encodeToString(value));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * Opens a sealed value.
     *
     * @throws InvalidSealException when its key is not configured, or it was changed or belongs to another owner
     */
    public byte[] open(Sealed sealed, String owner) {
        Key key = byId.get(sealed.keyId());
        if (key == null) {
            throw new InvalidSealException("sealed under key " + sealed.keyId() + ", which is not configured (add it"
                    + " to resetdesk.store.previous-keys)");
        }
        try {
            byte[] value = Base64.getDecoder().decode(sealed.value());
            if (value.length <= NONCE_BYTES) {
                throw new InvalidSealException("sealed value too short");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(value, NONCE_BYTES), owner);
            return cipher.doFinal(value, NONCE_BYTES, value.length - NONCE_BYTES);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new InvalidSealException("sealed value does not open under key " + sealed.keyId());
        }
    }

    /**
     * One cipher per thread, initialised anew for each value: looking the algorithm up costs more than using it,
     * and a cipher is not thread-safe.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    });

    private static Cipher cipher(int mode, Key key, byte[] nonce, String owner) throws GeneralSecurityException {
        Cipher cipher = CIPHERS.get();
        cipher.init(mode, key.spec, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(owner.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return cipher;
    }

    /**
     * A secret as stored.
     *
     * @param keyId the fingerprint of the key that sealed it
     * @param value base64 of the nonce followed by the ciphertext and its tag
     */
    public record Sealed(String keyId, String value) {
        public Sealed {
            Objects.requireNonNull(keyId, "keyId");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A stored value that cannot be opened; the message never holds key material or the value. */
    public static final class InvalidSealException extends RuntimeException {
        InvalidSealException(String message) {
            super(message);
        }
    }

    private static final class Key {
        private final String id;
        private final SecretKeySpec spec;

        Key(byte[] bytes) {
            if (bytes.length != KEY_BYTES) {
                throw new IllegalArgumentException("an AES-256 key has " + KEY_BYTES + " bytes");
            }
            this.spec = new SecretKeySpec(bytes.clone(), "AES");
            this.id = fingerprint(bytes);
        }

        /** The first 8 bytes of SHA-256 over a label and the key: names the key without revealing it. */
        private static String fingerprint(byte[] key) {
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update("resetdesk-store-key".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                return HexFormat.of().formatHex(digest.digest(key), 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is not available", e);
            }
        }
    }
}
