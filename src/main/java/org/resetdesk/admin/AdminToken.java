package org.resetdesk.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Checks the admin Bearer token. Both sides are hashed before a constant-time comparison, so neither the
 * content nor the length of the configured token leaks through response times. Thread-safe.
 */
final class AdminToken {

    private final byte[] expectedDigest;

    AdminToken(String token) {
        this.expectedDigest = sha256(token);
    }

    /** The answer to a request without the right token. */
    static ResponseEntity<Object> unauthorized() {
        return ResponseEntity.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"resetdesk-admin\"")
                .body(Map.of("error", "A valid admin Bearer token is required"));
    }

    /** Whether an {@code Authorization} header value carries the configured token. */
    boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(expectedDigest, sha256(authorization.substring(7).strip()));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
