package org.resetdesk.webchat;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The built-in web chat: a Direct Line 3.0-compatible endpoint and the page that uses it.
 *
 * @param tokenSecret      key that signs conversation tokens (at least 32 characters); blank = a random key per start,
 *                         so tokens do not survive a restart or work across instances
 * @param tokenLifetime    how long a token is valid; a client refreshes it before it expires
 * @param idleTimeout      a conversation nobody polled or wrote for this long is forgotten
 * @param maxConversations conversations kept at most; the least recently used go first
 * @param historyLimit     activities kept per conversation; older ones drop off
 * @param historyBytes     at most this much activity JSON is kept per conversation; older activities drop off
 * @param historyTotalBytes heap all conversations' histories may take together (0: an eighth of the maximum heap);
 *                         near it new conversations, at it new posts, get 503 until idle conversations expire
 * @param maxActivitySize  largest activity a visitor may post, in bytes
 * @param tokensPerMinute  new conversations one client address may start per minute
 * @param allowedOrigins   pages (scheme://host[:port]) that may embed the chat widget; the chat's own host always may
 */
@Validated
@ConfigurationProperties("resetdesk.webchat")
record WebChatProperties(
        String tokenSecret,
        @NotNull @DefaultValue("30m") Duration tokenLifetime,
        @NotNull @DefaultValue("30m") Duration idleTimeout,
        @Min(1) @DefaultValue("20000") int maxConversations,
        @Min(10) @Max(10000) @DefaultValue("200") int historyLimit,
        @Min(65536) @DefaultValue("262144") int historyBytes,
        @Min(0) @DefaultValue("0") long historyTotalBytes,
        @Min(1024) @DefaultValue("32768") int maxActivitySize,
        @Min(1) @DefaultValue("20") int tokensPerMinute,
        @NotNull @DefaultValue List<String> allowedOrigins) {

    WebChatProperties {
        if (tokenSecret != null && !tokenSecret.isBlank() && tokenSecret.length() < 32) {
            throw new IllegalArgumentException("resetdesk.webchat.token-secret must have at least 32 characters");
        }
        // Web Chat's Direct Line client refreshes its token every 15 minutes, so a token must outlive that.
        if (tokenLifetime.compareTo(Duration.ofMinutes(20)) < 0 || tokenLifetime.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("resetdesk.webchat.token-lifetime must be between 20m and 24h");
        }
        for (String origin : allowedOrigins) {
            if (!origin.matches("https?://[A-Za-z0-9.-]+(:\\d+)?")) {
                throw new IllegalArgumentException("resetdesk.webchat.allowed-origins: '" + origin
                        + "' is not an origin such as https://intranet.contoso.example");
            }
        }
        allowedOrigins = List.copyOf(allowedOrigins);
    }
}
