package org.resetdesk.channel;

import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.integration.Configuration;

/**
 * The SDK's adapter with outbound tokens from the configured tenant: {@code botframework.com} for multi-tenant
 * registrations, the registration's own tenant for single-tenant ones.
 */
final class ResetDeskAdapter extends BotFrameworkHttpAdapter {

    static final String MULTI_TENANT_AUTHORITY = "botframework.com";

    private final BotCredentials credentials;
    private final ChannelProperties properties;

    ResetDeskAdapter(Configuration configuration, BotCredentials credentials, ChannelProperties properties) {
        super(configuration);
        this.credentials = credentials;
        this.properties = properties;
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        String tenant = credentials.type() == BotCredentials.AppType.SINGLE_TENANT
                ? credentials.tenantId() : MULTI_TENANT_AUTHORITY;
        return CompletableFuture.completedFuture(new TenantAppCredentials(
                appId, credentials.password(), tenant, scope, properties.authorityHost()));
    }
}
