package org.resetdesk.channel;

import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.bot.builder.Storage;
import org.resetdesk.cache.RecentFirstMap;

/**
 * Bot state kept in this process as immutable snapshots: each entry is a map from property name to an immutable
 * value (a string, a number, a boolean, an enum, a {@code java.time} value, or a record made of such values and of
 * collections it copies). A write keeps a copy of
 * the map; a read hands out a fresh, mutable copy of it. Nothing is serialised, and entries are independent: there
 * is no lock across keys.
 *
 * <p>The SDK's {@code MemoryStorage} turns every state into a JSON tree on write and back into objects on read,
 * under one lock for all conversations; measured, that was an eighth of a dialog turn's work. The state's records
 * are immutable (their collections are copies), so a snapshot of the map is as safe as a JSON copy. A value of any
 * other type is refused, since the caller could change it after the write; so are items that are not maps. The
 * state still has to serialise to JSON for a shared store (Redis): {@code CachedStateTest} keeps that proven with
 * the SDK's JSON storage. Items carry no eTags: they are maps, not {@code StoreItem}s. Thread-safe.
 */
final class SnapshotStorage implements Storage {

    private static final ClassValue<Boolean> IMMUTABLE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return immutable(type, new HashSet<>());
        }
    };

    /**
     * Whether values of {@code type} cannot change: strings, boxed primitives, enums, {@code java.time} values, and
     * records whose components are such values, primitives or collections declared as {@code List}, {@code Set} or
     * {@code Map} (which the record must copy, as {@code List.copyOf} does). Arrays and any other class are refused.
     */
    private static boolean immutable(Class<?> type, Set<Class<?>> seen) {
        if (type.isPrimitive() || type == String.class || type == Boolean.class || type == Character.class
                || Enum.class.isAssignableFrom(type)
                || (Number.class.isAssignableFrom(type) && type.getPackageName().equals("java.lang"))
                || (TemporalAccessor.class.isAssignableFrom(type) && type.getPackageName().equals("java.time"))) {
            return true;
        }
        if (!type.isRecord()) {
            return false;
        }
        if (!seen.add(type)) {
            return true; // already being checked further up
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> componentType = component.getType();
            boolean collection = componentType == List.class || componentType == Set.class
                    || componentType == Map.class;
            if (!collection && !immutable(componentType, seen)) {
                return false;
            }
        }
        return true;
    }

    private final RecentFirstMap<Map<String, Object>> entries;

    /** @param entries where the snapshots live: bounded, expiring, the least recently used dropped first */
    SnapshotStorage(RecentFirstMap<Map<String, Object>> entries) {
        this.entries = Objects.requireNonNull(entries, "entries");
    }

    @Override
    public CompletableFuture<Map<String, Object>> read(String[] keys) {
        if (keys == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("keys cannot be null"));
        }
        Map<String, Object> found = new ConcurrentHashMap<>(keys.length);
        for (String key : keys) {
            Map<String, Object> snapshot = entries.get(key);
            if (snapshot != null) {
                found.put(key, new ConcurrentHashMap<>(snapshot));
            }
        }
        return CompletableFuture.completedFuture(found);
    }

    @Override
    public CompletableFuture<Void> write(Map<String, Object> changes) {
        if (changes == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("changes cannot be null"));
        }
        Map<String, Map<String, Object>> snapshots = new HashMap<>(changes.size());
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            if (!(change.getValue() instanceof Map<?, ?> item)) {
                return refused(change.getKey(), "is not a map of properties");
            }
            Map<String, Object> snapshot = new HashMap<>(item.size());
            for (Map.Entry<?, ?> property : item.entrySet()) {
                if (!(property.getKey() instanceof String name)) {
                    return refused(change.getKey(), "has a property name that is not a string");
                }
                Object value = property.getValue();
                if (value == null || !IMMUTABLE.get(value.getClass())) {
                    return refused(change.getKey(), "property '" + name + "' is not an immutable value");
                }
                snapshot.put(name, value);
            }
            snapshots.put(change.getKey(), snapshot); // never handed out: reads copy it
        }
        entries.putAll(snapshots);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> delete(String[] keys) {
        if (keys == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("keys cannot be null"));
        }
        for (String key : keys) {
            entries.remove(key);
        }
        return CompletableFuture.completedFuture(null);
    }

    private static CompletableFuture<Void> refused(String key, String why) {
        return CompletableFuture.failedFuture(new IllegalArgumentException("State entry '" + key + "' " + why
                + "; this storage keeps only maps of records, strings, numbers, booleans, enums and java.time values"));
    }
}
