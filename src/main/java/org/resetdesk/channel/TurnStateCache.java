package org.resetdesk.channel;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.TurnContext;

/**
 * One bot state's storage entry, read once per turn and written back only when it changed: the work the SDK's
 * {@code BotState} does, without its cost. The SDK builds a new {@code ObjectMapper} with
 * {@code findAndRegisterModules()} (a class-path scan, then cold serializer caches) for every load, and hashes the
 * state with it three times per turn; measured, that made a state-keeping turn take four times as long as an echo.
 * Here one shared, warm mapper takes change snapshots.
 *
 * <p>The turn holds the entry as a future, so property reads and writes wait for the load even when the storage
 * answers later (a remote store), rather than assuming it has already answered. Thread-safe.
 */
final class TurnStateCache {

    private static final ObjectMapper SNAPSHOTS = new ObjectMapper().findAndRegisterModules();

    private final Storage storage;
    private final String turnKey;

    TurnStateCache(Storage storage, String turnKey) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.turnKey = turnKey;
    }

    @SuppressWarnings("unchecked")
    CompletableFuture<Void> load(TurnContext turn, String storageKey, boolean force) {
        CompletableFuture<Entry> loaded = turn.getTurnState().get(turnKey);
        if (force || loaded == null) {
            loaded = storage.read(new String[] {storageKey})
                    .thenApply(items -> new Entry((Map<String, Object>) items.get(storageKey)));
            turn.getTurnState().replace(turnKey, loaded);
        }
        return loaded.thenApply(entry -> null);
    }

    CompletableFuture<Void> save(TurnContext turn, String storageKey, boolean force) {
        CompletableFuture<Entry> loaded = turn.getTurnState().get(turnKey);
        if (loaded == null) {
            return CompletableFuture.completedFuture(null);
        }
        return loaded.thenCompose(entry -> {
            String now = snapshot(entry.state);
            if (!force && now.equals(entry.snapshot)) {
                return CompletableFuture.completedFuture(null);
            }
            return storage.write(Map.of(storageKey, entry.state))
                    .thenApply(written -> {
                        entry.snapshot = now;
                        return null;
                    });
        });
    }

    void clear(TurnContext turn) {
        turn.getTurnState().replace(turnKey, CompletableFuture.completedFuture(new Entry(null)));
    }

    CompletableFuture<Void> delete(TurnContext turn, String storageKey) {
        return storage.delete(new String[] {storageKey}).thenApply(deleted -> {
            turn.getTurnState().remove(turnKey);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    <T> CompletableFuture<T> get(TurnContext turn, String property) {
        return loaded(turn).thenApply(entry -> (T) entry.state.get(property));
    }

    CompletableFuture<Void> set(TurnContext turn, String property, Object value) {
        return loaded(turn).thenAccept(entry -> entry.state.put(property, value));
    }

    CompletableFuture<Void> remove(TurnContext turn, String property) {
        return loaded(turn).thenAccept(entry -> entry.state.remove(property));
    }

    /** The state as a tree; only once it has been loaded in this turn. */
    JsonNode tree(TurnContext turn) {
        Entry entry = loaded(turn).getNow(null);
        if (entry == null) {
            throw new IllegalStateException("State read before it was loaded in this turn");
        }
        return SNAPSHOTS.valueToTree(entry.state);
    }

    private CompletableFuture<Entry> loaded(TurnContext turn) {
        CompletableFuture<Entry> loaded = turn.getTurnState().get(turnKey);
        if (loaded == null) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("State used before it was loaded in this turn"));
        }
        return loaded;
    }

    private static String snapshot(Map<String, Object> state) {
        try {
            return SNAPSHOTS.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Bot state cannot be serialised", e);
        }
    }

    /** The state as loaded in this turn, and its serialised form when it was loaded or last saved. */
    private static final class Entry {
        private final Map<String, Object> state;
        private volatile String snapshot;

        Entry(Map<String, Object> stored) {
            this.state = stored == null ? new ConcurrentHashMap<>() : stored;
            this.snapshot = snapshot(this.state);
        }
    }
}
