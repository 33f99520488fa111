package org.resetdesk.state;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Readiness of the shared-state store ({@code sharedState}): always up in memory; with Redis, whether it answers a
 * PING. An instance whose Redis does not answer is taken out of the load balancer until it does.
 */
final class SharedStateHealth implements HealthIndicator {

    private final StringRedisTemplate redis;

    /** @param redis the Redis client, or {@code null} with the in-memory store */
    SharedStateHealth(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Health health() {
        if (redis == null) {
            return Health.up().withDetail("store", "memory").build();
        }
        try {
            String pong = redis.execute((org.springframework.data.redis.core.RedisCallback<String>)
                    connection -> connection.ping());
            return "PONG".equalsIgnoreCase(pong) ? Health.up().withDetail("store", "redis").build()
                    : Health.down().withDetail("store", "redis").build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("store", "redis").withDetail("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
