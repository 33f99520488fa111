package org.resetdesk.state;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.resetdesk.cache.RecentFirstMap;

/**
 * Maps in this process's memory (the default store): bounded in weight, the least recently used entries dropped
 * first when full ({@link RecentFirstMap}), each ending its lifetime after its last write by the application's clock
 * (tests move it), one per name (the first spec of a name makes it). Values are kept as objects; the codec is not
 * used.
 */
public final class MemorySharedMaps implements SharedMaps {

    private final Clock clock;
    /** One map per name, as one Redis namespace per name: who asks for a name again gets the same map. */
    private final Map<String, SharedMap<?>> maps = new java.util.concurrent.ConcurrentHashMap<>();

    public MemorySharedMaps(Clock clock) {
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> SharedMap<V> map(Spec<V> spec) {
        return (SharedMap<V>) maps.computeIfAbsent(spec.name(), name -> create(spec));
    }

    private <V> SharedMap<V> create(Spec<V> spec) {
        RecentFirstMap<V> entries = new RecentFirstMap<>(spec.maxEntries(), spec.weight(), spec.lifetime(),
                RecentFirstMap.Expiry.AFTER_WRITE, clock);
        return new SharedMap<>() {
            @Override
            public Optional<V> get(String key) {
                return Optional.ofNullable(entries.get(key));
            }

            @Override
            public V compute(String key, UnaryOperator<V> change) {
                return entries.compute(key, change);
            }

            @Override
            public void remove(String key) {
                entries.remove(key);
            }

            @Override
            public Map<String, V> entries() {
                return Map.copyOf(entries.snapshot());
            }
        };
    }
}
