package org.resetdesk.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A notifier when no other is configured (the dev outbox is off): one that says so at start and never delivers. */
@Configuration(proxyBeanMethods = false)
class NotifyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotifyConfiguration.class);

    @Bean
    @ConditionalOnProperty(name = DevOutboxGuard.SETTING, havingValue = "false")
    Notifier undeliverableNotifier() {
        log.warn("{}=false and no email or SMS delivery is configured: one-time codes and notices cannot be sent",
                DevOutboxGuard.SETTING);
        return new UndeliverableNotifier();
    }
}
