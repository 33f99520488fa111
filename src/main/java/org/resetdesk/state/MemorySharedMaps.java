package org.resetdesk.state;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.github.benmanes.caffeine.cache.Cache;
import org.resetdesk.cache.Caches;

/**
 * Maps in this process's memory (the default store): Caffeine caches bounded in weight, whose entries end their
 * lifetime after their last write by the application's clock (tests move it), one per name (the first spec of a name
 * makes it). Values are kept as objects; the codec is not used. When full, Caffeine keeps the entries used most often
 * (a flood of new keys does not push out the counts of an account under attack); the bot's conversation state, where
 * the newest entries matter most, is kept by recency instead ({@link org.resetdesk.cache.RecentFirstMap}).
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
        Cache<String, V> cache = Caches.newBuilder()
                .ticker(() -> clock.millis() * 1_000_000L)
                .expireAfterWrite(spec.lifetime())
                .maximumWeight(spec.maxEntries())
                .weigher((String key, V value) -> spec.weight().applyAsInt(value))
                .build();
        return new SharedMap<>() {
            @Override
            public Optional<V> get(String key) {
                return Optional.ofNullable(cache.getIfPresent(key));
            }

            @Override
            public V compute(String key, UnaryOperator<V> change) {
                return cache.asMap().compute(key, (k, current) -> change.apply(current));
            }

            @Override
            public void remove(String key) {
                cache.invalidate(key);
            }

            @Override
            public Map<String, V> entries() {
                return Map.copyOf(cache.asMap());
            }
        };
    }
}
