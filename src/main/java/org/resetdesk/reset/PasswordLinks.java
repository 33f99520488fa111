package org.resetdesk.reset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import org.resetdesk.cache.Caches;
import org.resetdesk.dialog.Caller;
import org.resetdesk.text.Language;

/**
 * Single-use links to the page where a verified user types the new password outside the chat. A link is 256 random
 * bits, kept only as its SHA-256, valid for the configured minutes, bound to the conversation whose verified session
 * it continues, and used up by a successful change. Thread-safe; bounded.
 */
public final class PasswordLinks {

    /** The path of the page; the token follows it. */
    public static final String PATH = "/password/";

    private final Cache<String, Link> links = Caches.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofHours(1)).build();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final ResetProperties properties;

    public PasswordLinks(Clock clock, ResetProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * What a link stands for.
     *
     * @param caller    the conversation (and channel) that verified the account
     * @param language  the language of the page
     * @param expiresAt when the link stops working
     */
    public record Link(Caller caller, Language language, Instant expiresAt) {
    }

    /** A new link for the caller's conversation; any earlier link of that conversation stays valid until used. */
    public String create(Caller caller, Language language) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        links.put(hash(token), new Link(caller, language, clock.instant().plus(properties.linkLifetime())));
        String base = properties.publicUrl().toString().replaceAll("/+$", "");
        return base + PATH + token;
    }

    /** The link, while it is valid and unused. */
    public Optional<Link> find(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return Optional.ofNullable(links.getIfPresent(hash(token)))
                .filter(link -> clock.instant().isBefore(link.expiresAt()));
    }

    /** Uses the link up. */
    public void use(String token) {
        links.invalidate(hash(token));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
