package org.resetdesk.channel;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import com.microsoft.bot.builder.Storage;
import org.resetdesk.conversation.ConversationMemory;
import org.resetdesk.state.Codec;
import org.resetdesk.state.KeyChange;
import org.resetdesk.state.SharedMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bot state in a shared store (Redis), so that any instance can take a conversation's next turn. Each entry is the
 * state's properties as JSON, and only the properties the bot keeps are written or read back, each as its own record
 * type: nothing in the store can make the bot build any other class.
 *
 * <p>Optimistic concurrency, as the SDK's eTags: a read hands out the entry's version with the properties, and a
 * write of an entry read at an older version than the stored one fails with {@link StateConflictException} instead
 * of overwriting what another instance wrote meanwhile (turns of one conversation also take turns, see
 * {@link org.resetdesk.state.Leases}, so a conflict means something went wrong, and is reported). Thread-safe.
 */
final class SharedStorage implements Storage {

    /** The property under which a read hands out the entry's version; not stored as a property. */
    static final String VERSION = "resetdesk.version";
    /** The properties the bot keeps, and their types. */
    private static final Map<String, Class<?>> PROPERTIES = Map.of(
            "memory", ConversationMemory.class, "profile", UserProfile.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An entry as stored: its version and its properties. */
    record Entry(long version, Map<String, Object> properties) {
        Entry {
            properties = Map.copyOf(properties);
        }
    }

    /** An entry as written: {@code {"v": version, "p": {property: value}}}, in one pass. */
    private record Stored(long v, Map<String, Object> p) {
    }

    static final Codec<Entry> ENTRIES = new Codec<>() {
        @Override
        public String encode(Entry entry) {
            return JSON.writeValueAsString(new Stored(entry.version(), entry.properties()));
        }

        @Override
        public Entry decode(String text) {
            JsonNode node = JSON.readTree(text);
            Map<String, Object> properties = new HashMap<>();
            for (Map.Entry<String, Class<?>> property : PROPERTIES.entrySet()) {
                JsonNode value = node.path("p").get(property.getKey());
                if (value != null && !value.isNull()) {
                    properties.put(property.getKey(), JSON.treeToValue(value, property.getValue()));
                }
            }
            return new Entry(node.path("v").asLong(), properties);
        }
    };

    private final SharedMap<Entry> entries;

    SharedStorage(SharedMap<Entry> entries) {
        this.entries = entries;
    }

    @Override
    public CompletableFuture<Map<String, Object>> read(String[] keys) {
        if (keys == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("keys cannot be null"));
        }
        try {
            Map<String, Object> found = new ConcurrentHashMap<>(keys.length);
            for (String key : keys) {
                entries.get(key).ifPresent(entry -> found.put(key, state(entry)));
            }
            return CompletableFuture.completedFuture(found);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** A read of {@code key}, to run with other changes (the turn's lease); its result goes to {@link #state}. */
    KeyChange<Entry> reading(String key) {
        return KeyChange.read(entries, key);
    }

    /** The entry as {@link #read} hands it out: its properties and its version ({@code null}: no entry). */
    static Map<String, Object> state(Entry entry) {
        if (entry == null) {
            return null;
        }
        Map<String, Object> state = new ConcurrentHashMap<>(entry.properties());
        state.put(VERSION, entry.version());
        return state;
    }

    @Override
    public CompletableFuture<Void> write(Map<String, Object> changes) {
        if (changes == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("changes cannot be null"));
        }
        try {
            for (Map.Entry<String, Object> change : changes.entrySet()) {
                write(change.getKey(), change.getValue());
            }
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void write(String key, Object item) {
        Entry written = entries.compute(key, change(key, item));
        if (item instanceof ConcurrentHashMap<?, ?> held) {
            // the turn may write again (a second save): it now holds the version it wrote
            @SuppressWarnings("unchecked")
            Map<String, Object> turnState = (Map<String, Object>) held;
            turnState.put(VERSION, written.version());
        }
    }

    /**
     * A write of {@code item} under {@code key} to make with other changes (when the turn gives its lease back); it
     * fails with {@link StateConflictException} as {@link #write} does.
     */
    KeyChange<Entry> writing(String key, Object item) {
        return KeyChange.of(entries, key, change(key, item));
    }

    /** The change that writes {@code item}, refused when another turn wrote the entry after this one read it. */
    private static UnaryOperator<Entry> change(String key, Object item) {
        if (!(item instanceof Map<?, ?> state)) {
            throw new IllegalArgumentException("State entry '" + key + "' is not a map of properties");
        }
        Map<String, Object> properties = new HashMap<>();
        long readAt = -1;
        for (Map.Entry<?, ?> property : state.entrySet()) {
            if (VERSION.equals(property.getKey()) && property.getValue() instanceof Long version) {
                readAt = version;
            } else if (PROPERTIES.containsKey(property.getKey())
                    && PROPERTIES.get(property.getKey()).isInstance(property.getValue())) {
                properties.put((String) property.getKey(), property.getValue());
            } else {
                throw new IllegalArgumentException("State entry '" + key + "' has property '" + property.getKey()
                        + "', which this storage does not keep");
            }
        }
        long expected = readAt;
        return current -> {
            long stored = current == null ? -1 : current.version();
            if (expected >= 0 && stored != expected || expected < 0 && current != null) {
                throw new StateConflictException(key);
            }
            return new Entry(stored + 1, properties);
        };
    }

    @Override
    public CompletableFuture<Void> delete(String[] keys) {
        if (keys == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("keys cannot be null"));
        }
        try {
            for (String key : keys) {
                entries.remove(key);
            }
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Another instance wrote the entry after this turn read it; this turn's write was refused. */
    static final class StateConflictException extends RuntimeException {
        StateConflictException(String key) {
            super("The state entry " + key + " was changed by another turn after this one read it");
        }
    }
}
