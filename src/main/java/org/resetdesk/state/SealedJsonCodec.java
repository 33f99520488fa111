package org.resetdesk.state;

import java.nio.charset.StandardCharsets;

import org.resetdesk.crypto.SecretCipher;

/**
 * A record as JSON sealed with the store's key (AES-GCM), for values that hold something secret or personal (an
 * authenticator key, answer hashes, contacts): written as {@code <key id>:<sealed value>}. The purpose is bound into
 * each value, so no value of one kind can pass for another; a value under a key no longer configured does not open.
 */
public final class SealedJsonCodec<V> implements Codec<V> {

    private final Class<V> type;
    private final SecretCipher cipher;
    private final String purpose;

    public SealedJsonCodec(Class<V> type, SecretCipher cipher, String purpose) {
        this.type = type;
        this.cipher = cipher;
        this.purpose = purpose;
    }

    @Override
    public String encode(V value) {
        SecretCipher.Sealed sealed = cipher.seal(JsonCodec.JSON.writeValueAsBytes(value), purpose);
        return sealed.keyId() + ":" + sealed.value();
    }

    @Override
    public V decode(String text) {
        int colon = text.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("not a sealed value");
        }
        byte[] json = cipher.open(new SecretCipher.Sealed(text.substring(0, colon), text.substring(colon + 1)),
                purpose);
        return JsonCodec.JSON.readValue(new String(json, StandardCharsets.UTF_8), type);
    }
}
