package org.resetdesk.webchat;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import org.resetdesk.cache.Caches;

/**
 * The open web chat conversations in this process's memory, bounded in number and forgotten when idle, so memory
 * stays flat however many visitors come. Thread-safe.
 */
final class LocalConversations implements DirectLineConversations {

    private final Cache<String, LocalConversation> conversations;
    private final int historyLimit;
    private final int historyBytes;
    private final HistoryBudget budget;

    LocalConversations(WebChatProperties properties, Clock clock) {
        Ticker ticker = () -> clock.millis() * 1_000_000L;
        this.conversations = Caches.newBuilder()
                .ticker(ticker)
                .expireAfterAccess(properties.idleTimeout())
                .maximumSize(properties.maxConversations())
                .removalListener((String id, LocalConversation gone, RemovalCause cause) -> {
                    if (gone != null) {
                        gone.discard();
                    }
                })
                .build();
        this.historyLimit = properties.historyLimit();
        this.historyBytes = properties.historyBytes();
        this.budget = HistoryBudget.of(properties.historyTotalBytes());
    }

    /**
     * A new conversation.
     *
     * @throws DirectLineException 503 with a retry time when the histories together are near their budget
     */
    @Override
    public DirectLineConversation open() {
        if (!budget.roomForNewConversation()) {
            conversations.cleanUp(); // idle conversations give their bytes back first
            if (!budget.roomForNewConversation()) {
                throw DirectLineException.busy();
            }
        }
        String id = UUID.randomUUID().toString().replace("-", "");
        LocalConversation conversation = new LocalConversation(id, historyLimit, historyBytes, budget);
        conversations.put(id, conversation);
        return conversation;
    }

    @Override
    public Optional<DirectLineConversation> find(String id) {
        return Optional.ofNullable(conversations.getIfPresent(id));
    }

    /**
     * Refuses a post while the histories together are at their budget.
     *
     * @throws DirectLineException 503 with a retry time
     */
    @Override
    public void checkRoomForPost() {
        if (!budget.roomForPost()) {
            conversations.cleanUp();
            if (!budget.roomForPost()) {
                throw DirectLineException.busy();
            }
        }
    }

    HistoryBudget budget() {
        return budget;
    }

    long size() {
        conversations.cleanUp();
        return conversations.estimatedSize();
    }
}
