package org.resetdesk.notify.outbox;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Demo mode (the demo directory, the default) sends notifications to the in-memory outbox and serves
 * {@code /dev/outbox}; with a real directory neither exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "resetdesk.directory.type", havingValue = "demo", matchIfMissing = true)
class OutboxConfiguration {

    @Bean
    OutboxNotifier outboxNotifier(Clock clock) {
        return new OutboxNotifier(clock);
    }
}
