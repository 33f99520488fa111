package org.resetdesk.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resetdesk.store.RedisServer;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The Redis store, on a real server: two clients stand for two instances. */
class RedisSharedMapTest extends SharedMapContract {

    private static RedisServer server;
    private static StringRedisTemplate first;
    private static StringRedisTemplate second;

    @BeforeAll
    static void startRedis() throws Exception {
        server = RedisServer.start();
        first = server.client();
        second = server.client();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private SharedMaps one;
    private SharedMaps two;

    @BeforeEach
    void empty() {
        server.flush();
        one = new RedisSharedMaps(first, "test:");
        two = new RedisSharedMaps(second, "test:");
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
