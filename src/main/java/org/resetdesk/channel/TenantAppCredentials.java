package org.resetdesk.channel;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.Authenticator;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;

/**
 * App credentials whose tokens come from a configurable authority: the registration's own tenant for single-tenant
 * bots (the SDK 4.14 only knows the shared {@code botframework.com} tenant), on a configurable Entra ID host.
 */
final class TenantAppCredentials extends MicrosoftAppCredentials {

    private static final URI PUBLIC_CLOUD = URI.create("https://login.microsoftonline.com");

    private final URI authorityHost;
    private final String tenant;

    TenantAppCredentials(String appId, String password, String tenant, String scope, URI authorityHost) {
        super(appId, password, null, scope);
        this.tenant = Objects.requireNonNull(tenant);
        this.authorityHost = authorityHost;
    }

    @Override
    public String oAuthEndpoint() {
        String host = authorityHost.toString().replaceAll("/+$", "");
        return host + "/" + tenant;
    }

    @Override
    protected Authenticator buildAuthenticator() throws MalformedURLException {
        ConfidentialClientApplication.Builder builder = ConfidentialClientApplication
                .builder(getAppId(), ClientCredentialFactory.createFromSecret(getAppPassword()))
                .authority(oAuthEndpoint() + "/");
        if (!PUBLIC_CLOUD.equals(authorityHost)) {
            // A private or sovereign host cannot be checked against the public cloud's instance metadata.
            builder.instanceDiscovery(false).validateAuthority(false);
        }
        ConfidentialClientApplication app = builder.build();
        ClientCredentialParameters parameters = ClientCredentialParameters.builder(Set.of(oAuthScope())).build();
        return () -> acquire(app, parameters);
    }

    private static CompletableFuture<IAuthenticationResult> acquire(ConfidentialClientApplication app,
            ClientCredentialParameters parameters) {
        return app.acquireToken(parameters).handle((result, failure) -> {
            if (failure != null) {
                throw new AuthenticationException(failure);
            }
            return result;
        });
    }
}
