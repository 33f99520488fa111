package org.resetdesk.notify;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * With the dev outbox off, notifications go through the configured channels (email over SMTP, SMS through an HTTP
 * gateway); the start warns about a channel that has none.
 */
@Configuration(proxyBeanMethods = false)
class NotifyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotifyConfiguration.class);

    /** Primary: the channel notifiers are notifiers too, and flows must send through this one. */
    @Bean
    @Primary
    @ConditionalOnProperty(name = DevOutboxGuard.SETTING, havingValue = "false")
    RoutingNotifier routingNotifier(List<ChannelNotifier> notifiers, org.springframework.core.env.Environment env) {
        String directory = env.getProperty("resetdesk.directory.type", "demo");
        if (notifiers.isEmpty() && !"demo".equalsIgnoreCase(directory)) {
            throw new IllegalStateException("resetdesk.directory.type=" + directory + " needs a way to send codes:"
                    + " set resetdesk.notify.email.type=smtp (with spring.mail.*) and/or"
                    + " resetdesk.notify.sms.type=http (with resetdesk.notify.sms.url)");
        }
        RoutingNotifier routing = new RoutingNotifier(notifiers);
        for (Notification.Channel channel : Notification.Channel.values()) {
            if (!routing.delivers(channel)) {
                log.warn("{}=false and no {} delivery is configured: nothing can be sent that way",
                        DevOutboxGuard.SETTING, channel);
            }
        }
        return routing;
    }
}
