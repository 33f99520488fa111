package org.resetdesk.channel;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.TurnContext;
import org.resetdesk.state.KeyChange;

/**
 * The SDK's {@link ConversationState} (same storage keys, same accessors) with its per-turn caching done by
 * {@link TurnStateCache}, which avoids the SDK's expensive per-load mapper.
 */
final class CachedConversationState extends ConversationState {

    private final TurnStateCache cache;

    private final Storage storage;

    CachedConversationState(Storage storage) {
        super(storage);
        this.storage = storage;
        this.cache = new TurnStateCache(storage, "ResetDesk.ConversationState");
    }

    /**
     * A read of the turn's conversation state to run with the turn's lease (one round trip for both), when the state
     * is in a shared store.
     */
    Optional<KeyChange<?>> prefetch(TurnContext turn) {
        return storage instanceof SharedStorage shared ? Optional.of(shared.reading(getStorageKey(turn)))
                : Optional.empty();
    }

    /** Whether {@link #prefetch} reads anything. */
    boolean prefetches() {
        return storage instanceof SharedStorage;
    }

    /** Takes what {@link #prefetch} read, under the turn's lease, as this turn's load. */
    void preload(TurnContext turn, KeyChange<?> read) {
        cache.preload(turn, SharedStorage.state((SharedStorage.Entry) read.result()));
    }

    @Override
    public CompletableFuture<Void> load(TurnContext turn, boolean force) {
        return cache.load(turn, getStorageKey(turn), force);
    }

    @Override
    public CompletableFuture<Void> saveChanges(TurnContext turn, boolean force) {
        return cache.save(turn, getStorageKey(turn), force);
    }

    @Override
    public CompletableFuture<Void> clearState(TurnContext turn) {
        cache.clear(turn);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> delete(TurnContext turn) {
        return cache.delete(turn, getStorageKey(turn));
    }

    @Override
    public JsonNode get(TurnContext turn) {
        return cache.tree(turn);
    }

    @Override
    public CachedBotState getCachedState(TurnContext turn) {
        throw new UnsupportedOperationException("The conversation state is cached by TurnStateCache; use get(turn)");
    }

    @Override
    protected <T> CompletableFuture<T> getPropertyValue(TurnContext turn, String property) {
        return cache.get(turn, property);
    }

    @Override
    protected CompletableFuture<Void> setPropertyValue(TurnContext turn, String property, Object value) {
        return cache.set(turn, property, value);
    }

    @Override
    protected CompletableFuture<Void> deletePropertyValue(TurnContext turn, String property) {
        return cache.remove(turn, property);
    }
}
