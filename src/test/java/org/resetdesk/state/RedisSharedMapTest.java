package org.resetdesk.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.resetdesk.store.RedisPerClass;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The Redis store, on a real server: two clients stand for two instances. */
class RedisSharedMapTest extends SharedMapContract {

    @RegisterExtension
    static final RedisPerClass REDIS = new RedisPerClass();

    private StringRedisTemplate first;
    private SharedMaps one;
    private SharedMaps two;

    @BeforeEach
    void twoInstances() {
        first = REDIS.server().client();
        one = new RedisSharedMaps(first, "test:");
        two = new RedisSharedMaps(REDIS.server().client(), "test:");
    }

    @Override
    SharedMaps instance() {
        return one;
    }

    @Override
    SharedMaps otherInstance() {
        return two;
    }

    @Test
    void aBatch_takesOnlyMapsOfItsOwnStore() {
        KeyChange<Integer> fromMemory = KeyChange.of(new MemorySharedMaps(java.time.Clock.systemUTC()).map(COUNTERS),
                "a", current -> 1);

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> one.run(java.util.List.of(fromMemory)));
    }

    @Test
    void eachEntry_isAKeyWithThePrefix_thatExpiresAfterTheMapsLifetime() {
        instance().map(COUNTERS).compute("a", current -> 7);

        assertThat(first.opsForValue().get("test:counters:a")).isEqualTo("7");
        assertThat(first.getExpire("test:counters:a", java.util.concurrent.TimeUnit.SECONDS))
                .isBetween(3590L, 3600L);
    }
}
