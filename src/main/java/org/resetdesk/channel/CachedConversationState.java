package org.resetdesk.channel;

import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.TurnContext;

/**
 * The SDK's {@link ConversationState} (same storage keys, same accessors) with its per-turn caching done by
 * {@link TurnStateCache}, which avoids the SDK's expensive per-load mapper.
 */
final class CachedConversationState extends ConversationState {

    private final TurnStateCache cache;

    CachedConversationState(Storage storage) {
        super(storage);
        this.cache = new TurnStateCache(storage, "ResetDesk.ConversationState");
    }

    /** The cache, for reading the state with the turn's lease ({@link TurnStateCache#prefetch}). */
    TurnStateCache cache() {
        return cache;
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
