package org.resetdesk.webchat;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Ticker;
import org.resetdesk.cache.Caches;

/**
 * The open web chat conversations, bounded in number and forgotten when idle, so memory stays flat however many
 * visitors come. Thread-safe.
 */
final class DirectLineConversations {

    private final Cache<String, DirectLineConversation> conversations;
    private final int historyLimit;
    private final int historyBytes;

    DirectLineConversations(WebChatProperties properties, Clock clock) {
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        this.conversations = Caches.newBuilder()
                .ticker(ticker)
                .expireAfterAccess(properties.idleTimeout())
                .maximumSize(properties.maxConversations())
                .build();
        this.historyLimit = properties.historyLimit();
        this.historyBytes = properties.historyBytes();
    }

    DirectLineConversation open() {
        String id = UUID.randomUUID().toString().replace("-", "");
        DirectLineConversation conversation = new DirectLineConversation(id, historyLimit, historyBytes);
        conversations.put(id, conversation);
        return conversation;
    }

    Optional<DirectLineConversation> find(String id) {
        return Optional.ofNullable(conversations.getIfPresent(id));
    }

    long size() {
        conversations.cleanUp();
        return conversations.estimatedSize();
    }
}
