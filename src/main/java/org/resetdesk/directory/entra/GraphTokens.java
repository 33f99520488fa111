package org.resetdesk.directory.entra;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javax.net.ssl.SSLContext;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;
import org.resetdesk.directory.DirectoryFailure;

/**
 * App-only tokens for Microsoft Graph by the client credentials grant (MSAL), with a client secret or a certificate.
 * A token is reused until {@link #REFRESH_BEFORE} before it expires; then one request fetches the next one, which
 * every caller waiting meanwhile shares. Thread-safe. Tokens are never logged.
 */
final class GraphTokens {

    static final Duration REFRESH_BEFORE = Duration.ofMinutes(5);
    private static final String PUBLIC_CLOUD = "https://login.microsoftonline.com";

    private record Token(String value, Instant expiresAt) {
    }

    private final ConfidentialClientApplication app;
    private final ClientCredentialParameters parameters;
    private final Clock clock;
    private Token current;
    private CompletableFuture<Token> pending;

    GraphTokens(EntraProperties properties, SSLContext tls, Clock clock) {
        this.clock = clock;
        try {
            ConfidentialClientApplication.Builder builder = ConfidentialClientApplication
                    .builder(properties.clientId(), credential(properties))
                    .authority(properties.authority())
                    .sslSocketFactory(tls.getSocketFactory())
                    .executorService(daemonPool("resetdesk-graph-token"))
                    .connectTimeoutForDefaultHttpClient((int) properties.connectTimeout().toMillis())
                    .readTimeoutForDefaultHttpClient((int) properties.requestTimeout().toMillis());
            if (!PUBLIC_CLOUD.equals(properties.authorityHost().toString().replaceAll("/+$", ""))) {
                // A sovereign or private host cannot be checked against the public cloud's instance metadata.
                builder.instanceDiscovery(false).validateAuthority(false);
            }
            this.app = builder.build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(EntraProperties.PREFIX + "authority-host: not a valid address", e);
        }
        this.parameters = ClientCredentialParameters.builder(Set.of(properties.graph() + "/.default")).build();
    }

    private static IClientCredential credential(EntraProperties properties) {
        if (properties.certificatePath() == null) {
            return ClientCredentialFactory.createFromSecret(properties.clientSecret());
        }
        try (InputStream pkcs12 = Files.newInputStream(properties.certificatePath())) {
            String password = properties.certificatePassword() == null ? "" : properties.certificatePassword();
            return ClientCredentialFactory.createFromCertificate(pkcs12, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(EntraProperties.PREFIX + "certificate-path: cannot read the certificate"
                    + " and key from " + properties.certificatePath() + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** A valid token: the cached one, or the one being fetched now, or a new one. */
    synchronized CompletableFuture<String> token() {
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.expiresAt().minus(REFRESH_BEFORE))) {
            return CompletableFuture.completedFuture(current.value());
        }
        if (pending == null) {
            CompletableFuture<Token> fetching = new CompletableFuture<>();
            pending = fetching;
            try {
                app.acquireToken(parameters).whenComplete((result, failure) -> finish(fetching, result, failure));
            } catch (RuntimeException thrown) {
                pending = null;
                return failed(thrown).thenApply(Token::value);
            }
        }
        return pending.thenApply(Token::value);
    }

    private void finish(CompletableFuture<Token> fetching, IAuthenticationResult result, Throwable failure) {
        Token usable;
        synchronized (this) {
            pending = null;
            if (failure == null) {
                current = new Token(result.accessToken(), result.expiresOnDate().toInstant());
            }
            // A refresh that failed early still leaves the current token, while it lasts.
            usable = current != null && clock.instant().isBefore(current.expiresAt()) ? current : null;
        }
        if (usable != null) {
            fetching.complete(usable);
        } else {
            failed(failure).whenComplete((never, error) -> fetching.completeExceptionally(error));
        }
    }

    /** The failure to fetch a token; MSAL's message names the AADSTS error an admin needs, never the secret. */
    private static CompletableFuture<Token> failed(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        int aadsts = message.indexOf("AADSTS");
        String code = aadsts < 0 ? "" : " " + message.substring(aadsts, Math.min(message.length(), aadsts + 13));
        return CompletableFuture.failedFuture(new DirectoryFailure(DirectoryFailure.Reason.UNAVAILABLE,
                "no Graph token: " + cause.getClass().getSimpleName() + code, null, cause));
    }

    /** A small pool of daemon threads for work that must not go to the common pool. */
    static java.util.concurrent.ExecutorService daemonPool(String name) {
        java.util.concurrent.atomic.AtomicInteger number = new java.util.concurrent.atomic.AtomicInteger();
        return java.util.concurrent.Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
