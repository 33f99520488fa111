package org.resetdesk.channel;

import java.net.URI;

import jakarta.validation.constraints.Min;
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
 * @param maxBodySize    largest activity accepted on {@code /api/messages}, in bytes
 */
@Validated
@ConfigurationProperties("resetdesk.channel")
record ChannelProperties(
        @DefaultValue("false") boolean allowAnonymous,
        @NotNull @DefaultValue("https://login.microsoftonline.com") URI authorityHost,
        @Min(4096) @DefaultValue("262144") int maxBodySize) {
}
