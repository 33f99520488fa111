package org.resetdesk.identity;

import java.nio.charset.StandardCharsets;

import org.resetdesk.crypto.SecretCipher;
import org.resetdesk.state.Codec;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link ResetSession} as stored in a shared store: its JSON, sealed with the store's key (AES-GCM), since it holds
 * the account's registrations (an authenticator key, answer hashes) and contacts. Written as
 * {@code <key id>:<sealed value>}; a value under a key no longer configured does not open, and the session is lost
 * (the user starts again), never read in clear.
 */
final class ResetSessionCodec implements Codec<ResetSession> {

    /** Bound into each sealed value, so no other kind of sealed value can pass for a session. */
    private static final String PURPOSE = "reset-session";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SecretCipher cipher;

    ResetSessionCodec(SecretCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String encode(ResetSession session) {
        SecretCipher.Sealed sealed = cipher.seal(JSON.writeValueAsBytes(session), PURPOSE);
        return sealed.keyId() + ":" + sealed.value();
    }

    @Override
    public ResetSession decode(String text) {
        int colon = text.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("not a stored session");
        }
        byte[] json = cipher.open(new SecretCipher.Sealed(text.substring(0, colon), text.substring(colon + 1)),
                PURPOSE);
        return JSON.readValue(new String(json, StandardCharsets.UTF_8), ResetSession.class);
    }
}
