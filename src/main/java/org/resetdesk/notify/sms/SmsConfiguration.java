package org.resetdesk.notify.sms;

import java.net.http.HttpClient;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code resetdesk.notify.sms.type=http}: SMS through an HTTP gateway. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "resetdesk.notify.sms.type", havingValue = "http")
@EnableConfigurationProperties(SmsProperties.class)
class SmsConfiguration {

    @Bean
    SmsGatewayNotifier smsGatewayNotifier(SmsProperties properties) {
        properties.requireComplete();
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new SmsGatewayNotifier(http, properties);
    }
}
