package org.resetdesk.channel;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.TurnContext;
import org.resetdesk.state.KeyChange;
import org.resetdesk.state.Leases;

/**
 * One bot state's storage entry, read once per turn and written back only when it changed: the work the SDK's
 * {@code BotState} does, without its cost. The SDK builds a new {@code ObjectMapper} with
 * {@code findAndRegisterModules()} (a class-path scan, then cold serializer caches) for every load, and hashes the
 * state with it three times per turn; measured, that made a state-keeping turn take four times as long as an echo.
 * Here a property set to a different value (by {@code equals}: the values are immutable records) marks the entry
 * for writing; nothing is serialised to find out.
 *
 * <p>The turn holds the entry as a future, so property reads and writes wait for the load even when the storage
 * answers later (a remote store), rather than assuming it has already answered. Thread-safe.
 */
final class TurnStateCache {

    /** Turn slot: the conversation's lease this turn holds ({@link Leases.Held}), if the state is shared. */
    static final String HELD_LEASE = "resetdesk.heldLease";

    private static final ObjectMapper SNAPSHOTS = new ObjectMapper().findAndRegisterModules();

    private final Storage storage;
    private final String turnKey;

    TurnStateCache(Storage storage, String turnKey) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.turnKey = turnKey;
    }

    @SuppressWarnings("unchecked")
    CompletableFuture<Void> load(TurnContext turn, String storageKey, boolean force) {
        CompletableFuture<Entry> loaded = TurnSlots.of(turn).get(turnKey);
        if (force || loaded == null) {
            loaded = storage.read(new String[] {storageKey})
                    .thenApply(items -> new Entry((Map<String, Object>) items.get(storageKey)));
            TurnSlots.of(turn).put(turnKey, loaded);
        }
        return loaded.thenApply(entry -> null);
    }

    /**
     * A read of the entry to run with the turn's lease (one round trip for both), when the state is in a shared
     * store.
     */
    Optional<KeyChange<?>> prefetch(String storageKey) {
        return storage instanceof SharedStorage shared ? Optional.of(shared.reading(storageKey)) : Optional.empty();
    }

    /** Whether {@link #prefetch} reads anything. */
    boolean prefetches() {
        return storage instanceof SharedStorage;
    }

    /** Takes what {@link #prefetch} read, under the turn's lease, as this turn's load. */
    void preload(TurnContext turn, KeyChange<?> read) {
        Map<String, Object> state = SharedStorage.state((SharedStorage.Entry) read.result());
        TurnSlots.of(turn).put(turnKey, CompletableFuture.completedFuture(new Entry(state)));
    }

    CompletableFuture<Void> save(TurnContext turn, String storageKey, boolean force) {
        CompletableFuture<Entry> loaded = TurnSlots.of(turn).get(turnKey);
        if (loaded == null) {
            return CompletableFuture.completedFuture(null);
        }
        return loaded.thenCompose(entry -> {
            if (!force && !entry.dirty) {
                return CompletableFuture.completedFuture(null);
            }
            entry.dirty = false;
            // Holding the conversation's lease in a shared store, the turn writes when it gives the lease back: one
            // round trip for both.
            Leases.Held held = TurnSlots.of(turn).get(HELD_LEASE);
            if (held != null && storage instanceof SharedStorage shared
                    && held.writeOnRelease(shared.writing(storageKey, entry.state))) {
                return CompletableFuture.completedFuture(null);
            }
            return storage.write(Map.of(storageKey, entry.state)).thenApply(written -> null);
        });
    }

    void clear(TurnContext turn) {
        TurnSlots.of(turn).put(turnKey, CompletableFuture.completedFuture(new Entry(null)));
    }

    CompletableFuture<Void> delete(TurnContext turn, String storageKey) {
        return storage.delete(new String[] {storageKey}).thenApply(deleted -> {
            TurnSlots.of(turn).remove(turnKey);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    <T> CompletableFuture<T> get(TurnContext turn, String property) {
        return loaded(turn).thenApply(entry -> (T) entry.state.get(property));
    }

    CompletableFuture<Void> set(TurnContext turn, String property, Object value) {
        return loaded(turn).thenAccept(entry -> {
            Object before = entry.state.put(property, value);
            entry.dirty |= !java.util.Objects.equals(before, value);
        });
    }

    CompletableFuture<Void> remove(TurnContext turn, String property) {
        return loaded(turn).thenAccept(entry -> entry.dirty |= entry.state.remove(property) != null);
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
        CompletableFuture<Entry> loaded = TurnSlots.of(turn).get(turnKey);
        if (loaded == null) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("State used before it was loaded in this turn"));
        }
        return loaded;
    }

    /**
     * The state as loaded in this turn, and whether a property was set to a different value since it was loaded or
     * last saved. The values are immutable records, so a change always goes through {@link #set} or {@link #remove}.
     */
    private static final class Entry {
        private final Map<String, Object> state;
        private volatile boolean dirty;

        Entry(Map<String, Object> stored) {
            this.state = stored == null ? new ConcurrentHashMap<>() : stored;
        }
    }
}
