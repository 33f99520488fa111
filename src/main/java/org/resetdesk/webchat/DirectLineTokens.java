package org.resetdesk.webchat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and checks signed web chat tokens: {@code base64url(conversation|user|expiry).base64url(HMAC-SHA256)}.
 * Stateless, so checking a token needs no lookup; thread-safe.
 */
final class DirectLineTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Clock clock;
    private final WebChatProperties properties;

    DirectLineTokens(WebChatProperties properties, Clock clock) {
        byte[] secret;
        if (properties.tokenSecret() == null || properties.tokenSecret().isBlank()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = properties.tokenSecret().getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.clock = clock;
        this.properties = properties;
    }

    DirectLineToken grant(String conversationId, String userId) {
        return new DirectLineToken(conversationId, userId, clock.instant().plus(properties.tokenLifetime()));
    }

    String sign(DirectLineToken token) {
        String payload = token.conversationId() + "|" + token.userId() + "|" + token.expiresAt().getEpochSecond();
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + ENCODER.encodeToString(mac(encoded));
    }

    long secondsLeft(DirectLineToken token) {
        return Math.max(0, token.expiresAt().getEpochSecond() - clock.instant().getEpochSecond());
    }

    /** The token's grant when the signature is ours and it has not expired; empty otherwise. */
    Optional<DirectLineToken> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        String encoded = token.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(encoded))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3) {
                return Optional.empty();
            }
            Instant expiry = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            if (!clock.instant().isBefore(expiry)) {
                return Optional.empty();
            }
            return Optional.of(new DirectLineToken(parts[0], parts[1], expiry));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
