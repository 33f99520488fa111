package org.resetdesk.channel;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the Bot Framework endpoint.
 *
 * @param allowAnonymous accept unauthenticated requests from any address when no {@code MicrosoftAppId} is set
 *                       (by default only loopback may call an unregistered bot)
 * @param authorityHost  the Entra ID host that issues the bot's outbound tokens
 */
@Validated
@ConfigurationProperties("resetdesk.channel")
record ChannelProperties(
        @DefaultValue("false") boolean allowAnonymous,
        @NotNull @DefaultValue("https://login.microsoftonline.com") URI authorityHost) {
}
