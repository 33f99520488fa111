package org.resetdesk.webchat;

import java.time.Clock;

import org.resetdesk.channel.InProcessChannel;
import org.resetdesk.crypto.SecretCipher;
import org.resetdesk.state.SharedMaps;
import org.resetdesk.state.StateProperties;
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
    DirectLineConversations directLineConversations(WebChatProperties properties, Clock clock, SharedMaps maps,
            StateProperties state, SecretCipher cipher) {
        if (state.store() == StateProperties.Store.MEMORY) {
            return new LocalConversations(properties, clock);
        }
        if (properties.tokenSecret() == null || properties.tokenSecret().isBlank()) {
            throw new IllegalStateException("resetdesk.state.store=redis needs resetdesk.webchat.token-secret (32+"
                    + " characters, the same on every instance): a web chat token made by one instance must be"
                    + " accepted by the others");
        }
        return new SharedConversations(properties, maps, cipher, clock);
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
