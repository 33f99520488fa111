package org.resetdesk.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.resetdesk.runtime.Meters;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Maps in Redis, shared by every instance: one string key per entry ({@code <prefix><map>:<key>}), written with the
 * map's lifetime as its expiry. A change computes the next value here from the value this instance last saw, and
 * writes it with a script that does so only if that is still the value stored (compare and set: one round trip
 * when the guess is right); otherwise the script answers with the stored value and the change is computed again from
 * it. So counts from all instances add up exactly.
 */
public final class RedisSharedMaps implements SharedMaps {

    /** The metric counting this store's round trips to Redis, by map. */
    public static final String CALLS = "resetdesk.state.redis.calls";
    /** A change that keeps losing to others gives up after this many tries (each loss is another's success). */
    private static final int ATTEMPTS = 100;
    private static final String ABSENT = "0";
    private static final String PRESENT = "1";
    /** Entries per map whose last seen value this instance remembers as its first guess. */
    private static final int NEAR_ENTRIES = 10_000;
    /**
     * KEYS[1]: the entry; ARGV: was it present, its value then, is there a next value, the next value, lifetime.
     * Returns {1} when written, else {0} and the value now stored (none when absent), so a retry needs no read.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final RedisScript<List> COMPARE_AND_SET = RedisScript.of("""
            local current = redis.call('GET', KEYS[1])
            if ARGV[1] == '0' then
              if current then return {0, current} end
            elseif current ~= ARGV[2] then
              if current then return {0, current} end
              return {0}
            end
            if ARGV[3] == '0' then
              redis.call('DEL', KEYS[1])
            else
              redis.call('SET', KEYS[1], ARGV[4], 'PX', ARGV[5])
            end
            return {1}
            """, List.class);
    private final StringRedisTemplate redis;
    private final String prefix;
    private final Meters meters;

    /** Runs a call to Redis; a connection failure becomes a {@link StateUnavailableException}. */
    private <T> T available(Spec<?> spec, java.util.function.Supplier<T> call) {
        try {
            meters.counter(CALLS, "map", spec.name()).increment();
            return call.get();
        } catch (org.springframework.dao.DataAccessException | io.lettuce.core.RedisException e) {
            throw new StateUnavailableException(spec.name(), e);
        }
    }

    public RedisSharedMaps(StringRedisTemplate redis, String prefix) {
        this(redis, prefix, Meters.NONE);
    }

    /** @param meters counts the round trips by map ({@link #CALLS}) */
    public RedisSharedMaps(StringRedisTemplate redis, String prefix, Meters meters) {
        this.redis = redis;
        this.prefix = prefix;
        this.meters = meters;
    }

    @Override
    public <V> SharedMap<V> map(Spec<V> spec) {
        String namespace = prefix + spec.name() + ":";
        String lifetime = Long.toString(spec.lifetime().toMillis());
        Codec<V> codec = spec.codec();
        // What this instance last read or wrote of each entry, as stored and decoded: the first guess of a change
        // (which the script checks), and a value not decoded again while the stored text is the same.
        com.github.benmanes.caffeine.cache.Cache<String, Seen<V>> near = org.resetdesk.cache.Caches.newBuilder()
                .maximumSize(NEAR_ENTRIES).expireAfterWrite(spec.lifetime()).build();
        return new SharedMap<>() {
            @Override
            public Optional<V> get(String key) {
                return available(spec, () -> Optional.ofNullable(seen(key, redis.opsForValue().get(namespace + key))
                        .value()));
            }

            /** The entry as stored now ({@code null}: absent), decoded once per stored text. */
            private Seen<V> seen(String key, String stored) {
                Seen<V> before = near.getIfPresent(key);
                Seen<V> now = before != null && Objects.equals(before.stored(), stored) ? before
                        : new Seen<>(stored, stored == null ? null : codec.decode(stored));
                near.put(key, now);
                return now;
            }

            @Override
            public V compute(String key, UnaryOperator<V> change) {
                return available(spec, () -> swap(key, change));
            }

            private V swap(String key, UnaryOperator<V> change) {
                String entry = namespace + key;
                // The value this instance last saw is the first guess (one round trip when it is still right); a
                // wrong guess costs one more, since the script answers with the value stored.
                Seen<V> current = near.getIfPresent(key);
                if (current == null) {
                    current = new Seen<>(null, null);
                }
                boolean verified = false;
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    V next = change.apply(current.value());
                    if (verified && Objects.equals(next, current.value())) {
                        return next; // nothing to write; what was read is what is stored
                    }
                    String written = next == null ? null : codec.encode(next);
                    List<?> answer = redis.execute(COMPARE_AND_SET, List.of(entry),
                            current.stored() == null ? ABSENT : PRESENT,
                            current.stored() == null ? "" : current.stored(),
                            written == null ? ABSENT : PRESENT, written == null ? "" : written, lifetime);
                    if (answer != null && !answer.isEmpty() && Long.valueOf(1).equals(answer.get(0))) {
                        near.put(key, new Seen<>(written, next));
                        return next;
                    }
                    meters.counter(CALLS, "map", spec.name()).increment();
                    current = seen(key, answer != null && answer.size() > 1 ? String.valueOf(answer.get(1)) : null);
                    verified = true;
                }
                throw new IllegalStateException("The shared state " + spec.name() + " kept changing under "
                        + ATTEMPTS + " tries");
            }

            @Override
            public void remove(String key) {
                available(spec, () -> {
                    near.put(key, new Seen<>(null, null));
                    return redis.delete(namespace + key);
                });
            }

            @Override
            public Map<String, V> entries() {
                return available(spec, this::all);
            }

            private Map<String, V> all() {
                List<String> keys = new ArrayList<>();
                try (Cursor<String> cursor = redis.scan(ScanOptions.scanOptions().match(namespace + "*").count(1000)
                        .build())) {
                    cursor.forEachRemaining(keys::add);
                }
                Map<String, V> entries = new LinkedHashMap<>();
                if (keys.isEmpty()) {
                    return entries;
                }
                List<String> values = redis.opsForValue().multiGet(keys);
                for (int i = 0; i < keys.size(); i++) {
                    String value = values == null ? null : values.get(i);
                    if (value != null) {
                        entries.put(keys.get(i).substring(namespace.length()), codec.decode(value));
                    }
                }
                return entries;
            }
        };
    }

    /** An entry as this instance last saw it: the stored text ({@code null}: absent) and its value. */
    private record Seen<V>(String stored, V value) {
    }
}
