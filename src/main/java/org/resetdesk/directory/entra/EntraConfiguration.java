package org.resetdesk.directory.entra;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.resetdesk.directory.ContactWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code resetdesk.directory.type=entra}: Entra ID through Microsoft Graph. Settings that are missing or contradict
 * each other stop the start, each named. TLS trusts what the JVM's standard trust store holds
 * ({@code javax.net.ssl.trustStore}, else the JDK's own), read when the application starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "resetdesk.directory.type", havingValue = "entra")
@EnableConfigurationProperties(EntraProperties.class)
class EntraConfiguration {

    @Bean
    GraphHttp graphHttp(EntraProperties properties, Clock clock, Environment environment) {
        // Read as a setting, not through the reset package, which depends on directories and not the other way.
        properties.requireComplete(Binder.get(environment).bind("resetdesk.reset.directory-timeout", Duration.class)
                .orElse(Duration.ofSeconds(10)));
        if (environment.getProperty("resetdesk.admin.token", "").isBlank()) {
            // A real directory means real blocks and real audits: someone must be able to lift and read them.
            throw new IllegalStateException("resetdesk.directory.type=entra needs resetdesk.admin.token (24+"
                    + " characters), for the admin API that lists and lifts blocks");
        }
        SSLContext tls = standardTrust();
        GraphTokens tokens = new GraphTokens(properties, tls, clock);
        return new GraphHttp(properties, tls, tokens, clock);
    }

    @Bean
    EntraDirectory entraDirectory(GraphHttp graph, EntraProperties properties) {
        return new EntraDirectory(graph, properties.noticeRoles());
    }

    /** Confirmed contacts written to Entra's authentication methods too, when the admin switched it on. */
    @Bean
    @ConditionalOnProperty(name = "resetdesk.registration.write-to-entra", havingValue = "true")
    ContactWriter graphContactWriter(GraphHttp graph) {
        return new GraphContactWriter(graph);
    }

    /** TLS that trusts what the JVM's standard trust store holds, as the system properties name it now. */
    static SSLContext standardTrust() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init((KeyStore) null);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up TLS from the JVM's trust store: " + e.getMessage(), e);
        }
    }
}
