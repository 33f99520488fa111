package org.resetdesk.bench;

import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.ActivityHandler;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The baseline: the smallest Bot Framework SDK bot on Spring Boot, an echo. No component scan (so none of
 * ResetDesk's beans or property scans), no app id (so no token checks), the SDK's adapter and an
 * {@link ActivityHandler}, behind {@link EchoController}. Deliberately not a {@code @Configuration} (Spring processes
 * it as a plain source class), so ResetDesk's component scan skips it when the test suite runs.
 */
@EnableAutoConfiguration
class EchoBotApplication {

    @Bean
    BotFrameworkHttpAdapter echoAdapter() {
        return new BotFrameworkHttpAdapter(new NoCredentials());
    }

    @Bean
    EchoBot echoBot() {
        return new EchoBot();
    }

    @Bean
    RouterFunction<ServerResponse> echoRoute(BotFrameworkHttpAdapter echoAdapter, EchoBot echoBot) {
        EchoController controller = new EchoController(echoAdapter, echoBot);
        return RouterFunctions.route().POST("/api/messages", controller::receive).build();
    }

    /** Replies to every message with its text. */
    static final class EchoBot extends ActivityHandler {
        @Override
        protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
            return turn.sendActivity(MessageFactory.text("Echo: " + turn.getActivity().getText()))
                    .thenApply(sent -> null);
        }
    }

    /** An SDK configuration with no settings at all: no {@code MicrosoftAppId}, so authentication is disabled. */
    static final class NoCredentials implements Configuration {
        @Override
        public String getProperty(String key) {
            return null;
        }

        @Override
        public java.util.Properties getProperties() {
            return new java.util.Properties();
        }

        @Override
        public String[] getProperties(String key) {
            return null;
        }
    }
}
