package org.resetdesk.enrollment;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the store protects what it keeps ({@code resetdesk.store.*}).
 *
 * @param encryptionKey the AES-256 key sealing authenticator secrets, 32 bytes in base64; required outside demo mode
 * @param previousKeys  keys that sealed stored secrets before a rotation, base64; keep one listed until every user
 *                      who registered under it has been written again
 * @param keyFile       in demo mode without {@code encryptionKey}: where a generated key is kept (owner-only)
 */
@ConfigurationProperties("resetdesk.store")
record StoreProperties(String encryptionKey, @DefaultValue List<String> previousKeys,
        @DefaultValue("data/store-key") Path keyFile) {

    boolean hasKey() {
        return encryptionKey != null && !encryptionKey.isBlank();
    }

    /** Never the keys themselves. */
    @Override
    public String toString() {
        return "StoreProperties[encryptionKey=" + (hasKey() ? "set" : "unset") + ", previousKeys="
                + previousKeys.size() + ", keyFile=" + keyFile + "]";
    }
}
