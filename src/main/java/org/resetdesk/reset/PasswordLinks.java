package org.resetdesk.reset;

import java.net.URI;
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
import java.util.function.Supplier;

import org.resetdesk.dialog.Caller;
import org.resetdesk.identity.ResetSession;
import org.resetdesk.state.JsonCodec;
import org.resetdesk.state.MemorySharedMaps;
import org.resetdesk.state.SharedMap;
import org.resetdesk.state.SharedMaps;
import org.resetdesk.text.Language;

/**
 * Single-use links to the page where a verified user types the new password outside the chat. A link is 256 random
 * bits, kept only as its SHA-256, valid for the configured minutes, and bound to the verified session (and so the
 * account) it continues. Each submit takes it; it comes back only when nothing changed and the session still
 * stands. Thread-safe; bounded.
 */
public final class PasswordLinks {

    /** The path of the page; the token follows it. */
    public static final String PATH = "/password/";

    private final SharedMap<Link> links;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final ResetProperties properties;
    private final Supplier<URI> address;

    public PasswordLinks(Clock clock, ResetProperties properties, Supplier<URI> address) {
        this(clock, properties, address, new MemorySharedMaps(clock));
    }

    /** Links kept in {@code maps} (under the token's hash: the token itself is never stored). */
    public PasswordLinks(Clock clock, ResetProperties properties, Supplier<URI> address, SharedMaps maps) {
        this.clock = clock;
        this.properties = properties;
        this.address = address;
        this.links = maps.map(new SharedMaps.Spec<>("password-links", new JsonCodec<>(Link.class),
                Duration.ofHours(1), 100_000));
    }

    /**
     * What a link stands for.
     *
     * @param caller    the conversation (and channel) that verified the account
     * @param session   the verified session it continues, and so the account it may change
     * @param language  the language of the page
     * @param expiresAt when the link stops working
     */
    public record Link(Caller caller, ResetSession.Ref session, Language language, Instant expiresAt) {
    }

    /**
     * A new link for the session the caller's conversation verified; any earlier link of that session stays valid
     * until one of them is used. It changes only that session's account, whatever the conversation proves later.
     */
    public String create(Caller caller, ResetSession.Ref session, Language language) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Link link = new Link(caller, session, language, clock.instant().plus(properties.linkLifetime()));
        links.compute(hash(token), previous -> link);
        return address.get() + PATH + token;
    }

    /** The link, while it is valid and unused. */
    public Optional<Link> find(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return links.get(hash(token)).filter(link -> clock.instant().isBefore(link.expiresAt()));
    }

    /**
     * Takes the link for one use: of several submits arriving at the same moment only one gets it. Hand it back with
     * {@link #giveBack} when the change did not happen and the link may be tried again.
     */
    public Optional<Link> take(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        Link[] taken = {null};
        links.compute(hash(token), current -> {
            taken[0] = current;
            return null;
        });
        return Optional.ofNullable(taken[0]).filter(link -> clock.instant().isBefore(link.expiresAt()));
    }

    /** A taken link whose change did not happen: valid again until it expires. */
    public void giveBack(String token, Link link) {
        links.compute(hash(token), current -> current == null ? link : current);
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
