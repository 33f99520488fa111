package org.resetdesk.webchat;

import java.time.Clock;

import org.resetdesk.channel.InProcessChannel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class WebChatConfiguration {

    @Bean
    DirectLineTokens directLineTokens(WebChatProperties properties, Clock clock) {
        return new DirectLineTokens(properties, clock);
    }

    @Bean
    DirectLineConversations directLineConversations(WebChatProperties properties, Clock clock) {
        return new DirectLineConversations(properties, clock);
    }

    @Bean
    TokenRateLimiter tokenRateLimiter(WebChatProperties properties, Clock clock) {
        return new TokenRateLimiter(properties.tokensPerMinute(), clock);
    }

    @Bean
    DirectLineService directLineService(InProcessChannel bot, JsonMapper json, Clock clock) {
        return new DirectLineService(bot, json, clock);
    }
}
