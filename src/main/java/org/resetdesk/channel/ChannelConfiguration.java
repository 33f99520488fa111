package org.resetdesk.channel;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.UserState;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;
import com.microsoft.bot.integration.spring.BotDependencyConfiguration;
import org.resetdesk.cache.RecentFirstMap;
import org.resetdesk.conversation.TurnHandler;
import org.resetdesk.runtime.Meters;
import org.resetdesk.state.Leases;
import org.resetdesk.state.TurnScoped;
import org.resetdesk.state.SharedMaps;
import org.resetdesk.text.MessageCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The SDK's beans (storage, conversation and user state, adapter) with ResetDesk's settings: configuration from
 * Spring's environment, tenant-aware outbound credentials, and our turn error handler.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class ChannelConfiguration extends BotDependencyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ChannelConfiguration.class);

    private final Environment environment;
    private final ChannelProperties properties;
    private final BotCredentials credentials;
    private final StateProperties state;
    private final Clock clock;
    private final SharedMaps maps;
    private final boolean shared;

    ChannelConfiguration(Environment environment, ChannelProperties properties, StateProperties state, Clock clock,
            SharedMaps maps, org.resetdesk.state.StateProperties store) {
        this.maps = maps;
        this.shared = store.store() != org.resetdesk.state.StateProperties.Store.MEMORY;
        this.environment = environment;
        this.properties = properties;
        this.state = state;
        this.clock = clock;
        this.credentials = BotCredentials.from(environment);
        if (!credentials.configured()) {
            log.warn("No MicrosoftAppId is set: Bot Framework tokens are not checked, so /api/messages accepts {}",
                    properties.allowAnonymous() ? "ANY caller (resetdesk.channel.allow-anonymous=true)"
                            : "only callers on this machine (loopback)");
        }
    }

    @Override
    public Configuration getConfiguration() {
        return new SpringBotConfiguration(environment);
    }

    @Override
    public BotFrameworkHttpAdapter getBotFrameworkHttpAdaptor(Configuration configuration) {
        return new ResetDeskAdapter(configuration, credentials, properties);
    }

    /**
     * Conversation and user state: in a shared store ({@link SharedStorage}) when several instances serve the bot
     * ({@code resetdesk.state.store=redis}), else in memory as immutable snapshots ({@link SnapshotStorage}) in a
     * bounded, expiring cache.
     */
    @Override
    public Storage getStorage() {
        if (shared) {
            return new SharedStorage(maps.map(new SharedMaps.Spec<>("bot-state", SharedStorage.ENTRIES,
                    state.idleTimeout(), state.maxEntries())));
        }
        return new SnapshotStorage(new RecentFirstMap<>(state.maxEntries(), state.idleTimeout(), clock));
    }

    @Override
    public ConversationState getConversationState(Storage storage) {
        return new CachedConversationState(storage);
    }

    @Override
    public UserState getUserState(Storage storage) {
        return new CachedUserState(storage);
    }

    @Bean
    BotCredentials botCredentials() {
        return credentials;
    }

    @Bean
    ResetDeskBot resetDeskBot(TurnHandler handler, ConversationState conversationState, UserState userState,
            List<TurnScoped> scoped, Meters meters) {
        // With a shared store, the turns of one conversation take turns across instances.
        Leases locks = shared ? new Leases(maps, "turns", clock) : null;
        return new ResetDeskBot(handler, conversationState, userState, locks, shared ? scoped : List.of(), meters);
    }

    @Bean
    ActivityProcessor activityProcessor(BotFrameworkHttpAdapter adapter, ResetDeskBot bot) {
        return new ActivityProcessor(adapter, bot);
    }

    @Bean
    RouterFunction<ServerResponse> messagesRoute(ActivityProcessor processor, BotCredentials botCredentials) {
        MessagesEndpoint endpoint = new MessagesEndpoint(processor, botCredentials, properties);
        return RouterFunctions.route().POST("/api/messages", endpoint::receive).build();
    }

    @Bean
    TurnErrorHandler turnErrorHandler(BotFrameworkHttpAdapter adapter, ConversationState conversationState,
            MessageCatalog messages) {
        TurnErrorHandler handler = new TurnErrorHandler(conversationState, messages);
        adapter.setOnTurnError(handler);
        return handler;
    }
}
