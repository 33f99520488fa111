package org.resetdesk.directory.ldap;

import java.security.GeneralSecurityException;
import java.time.Duration;

import com.unboundid.ldap.sdk.LDAPException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code resetdesk.directory.type=ldap}: Active Directory or OpenLDAP. Settings that are missing or contradict each
 * other stop the start, each named; so does a plain {@code ldap://} server without StartTLS. The servers need not be
 * up at start: connections are opened when the first call needs one, and each call fails over to the next server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "resetdesk.directory.type", havingValue = "ldap")
@EnableConfigurationProperties(LdapProperties.class)
class LdapConfiguration {

    @Bean(destroyMethod = "close")
    LdapDirectory ldapDirectory(LdapProperties properties, Environment environment) {
        Duration flowTimeout = Binder.get(environment).bind("resetdesk.reset.directory-timeout", Duration.class)
                .orElse(Duration.ofSeconds(10));
        properties.requireComplete(flowTimeout);
        if (environment.getProperty("resetdesk.admin.token", "").isBlank()) {
            // A real directory means real blocks and real audits: someone must be able to lift and read them.
            throw new IllegalStateException("resetdesk.directory.type=ldap needs resetdesk.admin.token (24+"
                    + " characters), for the admin API that lists and lifts blocks");
        }
        try {
            return LdapDirectory.open(properties, flowTimeout);
        } catch (LDAPException | GeneralSecurityException e) {
            throw new IllegalStateException("resetdesk.directory.ldap: the connection pool could not be set up: "
                    + e.getMessage(), e);
        }
    }
}
