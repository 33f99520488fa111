package org.resetdesk.state;

import java.time.Clock;

import org.resetdesk.runtime.Meters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The shared-state store: in memory by default, Redis with {@code resetdesk.state.store=redis}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StateProperties.class)
class StateConfiguration {

    @Bean
    SharedMaps sharedMaps(StateProperties properties, Clock clock, ObjectProvider<StringRedisTemplate> redis,
            Meters meters) {
        if (properties.store() == StateProperties.Store.MEMORY) {
            return new MemorySharedMaps(clock);
        }
        return new RedisSharedMaps(redis.getObject(), properties.keyPrefix(), meters);
    }

    /** Redis's connections flush the commands queued at once together ({@link ConsolidatedFlushes}). */
    @Bean
    ClientResourcesBuilderCustomizer consolidatedFlushes() {
        return resources -> resources.nettyCustomizer(new ConsolidatedFlushes());
    }

    @Bean
    SharedStateHealth sharedStateHealthIndicator(StateProperties properties,
            ObjectProvider<StringRedisTemplate> redis) {
        return new SharedStateHealth(properties.store() == StateProperties.Store.MEMORY ? null : redis.getObject());
    }
}
