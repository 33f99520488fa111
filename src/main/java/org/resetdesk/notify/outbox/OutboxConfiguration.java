package org.resetdesk.notify.outbox;

import java.time.Clock;

import org.resetdesk.notify.DevOutboxGuard;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The dev outbox ({@code resetdesk.notify.dev-outbox}, on by default): notifications go to memory and are served at
 * {@code /dev/outbox}. It refuses to start beside a real channel or directory ({@link DevOutboxGuard}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = DevOutboxGuard.SETTING, havingValue = "true", matchIfMissing = true)
class OutboxConfiguration {

    /** Primary: a configured channel notifier (SMTP, say) must not take the outbox's place in demo mode. */
    @Bean
    @org.springframework.context.annotation.Primary
    OutboxNotifier outboxNotifier(Clock clock, Environment environment) {
        DevOutboxGuard.check(environment);
        return new OutboxNotifier(clock);
    }
}
