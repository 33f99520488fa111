package org.resetdesk.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** ResetDesk's meters, in the application's own registry (never the JVM-wide global one). */
@Configuration(proxyBeanMethods = false)
class MetersConfiguration {

    @Bean
    Meters meters(MeterRegistry registry) {
        return new Meters(registry);
    }
}
