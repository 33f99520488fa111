package org.resetdesk.verification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.resetdesk.text.TextFolding;

/**
 * The key a typed account name is known by to the limits and the decoys: an HMAC, under a server secret, of the
 * name's canonical form (case, diacritics, punctuation and spacing folded away). Every spelling of a name is one key,
 * whether or not an account stands behind it, and the key says nothing of the name: people type passwords into the
 * name field, and the keys are kept (persisted blocks, the admin's list). Thread-safe.
 */
public final class NameKeys {

    private static final String HMAC = "HmacSHA256";
    private static final String PREFIX = "name:";
    private static final int KEY_BYTES = 16;

    private final byte[] secret;

    public NameKeys(byte[] secret) {
        if (Objects.requireNonNull(secret, "secret").length < 32) {
            throw new IllegalArgumentException("secret must be at least 32 bytes");
        }
        this.secret = secret.clone();
    }

    /** The key of {@code typedName}. */
    public String of(String typedName) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            // Domain-separated from the other uses of the same server secret (decoy questions).
            mac.update("resetdesk name key\0".getBytes(StandardCharsets.UTF_8));
            byte[] digest = mac.doFinal(TextFolding.fold(typedName).getBytes(StandardCharsets.UTF_8));
            // Lower-case hex: account keys are compared ignoring case, so the key must not depend on it.
            return PREFIX + HexFormat.of().formatHex(digest, 0, KEY_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is not available", e);
        }
    }

    /** Whether {@code key} is a name key (rather than a directory id or a conversation). */
    public static boolean isNameKey(String key) {
        return key.startsWith(PREFIX);
    }
}
