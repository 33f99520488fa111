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

    @BeforeEach
    void empty() {
        server.flush();
    }

    @Override
    SharedMaps instance() {
        return new RedisSharedMaps(first, "test:");
    }

    @Override
    SharedMaps otherInstance() {
        return new RedisSharedMaps(second, "test:");
    }

    @Test
    void eachEntry_isAKeyWithThePrefix_thatExpiresAfterTheMapsLifetime() {
        instance().map(COUNTERS).compute("a", current -> 7);

        assertThat(first.opsForValue().get("test:counters:a")).isEqualTo("7");
        assertThat(first.getExpire("test:counters:a", java.util.concurrent.TimeUnit.SECONDS))
                .isBetween(3590L, 3600L);
    }
}
