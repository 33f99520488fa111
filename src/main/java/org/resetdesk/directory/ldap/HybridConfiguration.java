package org.resetdesk.directory.ldap;

import java.security.GeneralSecurityException;
import java.time.Duration;

import com.unboundid.ldap.sdk.LDAPException;
import org.resetdesk.directory.DirectoryAdapter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * A hybrid Entra tenant: {@code resetdesk.directory.type=entra} with {@code resetdesk.directory.ldap.*} set for the
 * on-premises Active Directory. Accounts synced from it are reset and unlocked there, cloud-only ones in Entra.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${resetdesk.directory.type:demo}'.toLowerCase() == 'entra'"
        + " && '${resetdesk.directory.ldap.url:}' != ''")
@EnableConfigurationProperties(LdapProperties.class)
class HybridConfiguration {

    @Bean(destroyMethod = "close")
    LdapDirectory onPremisesDirectory(LdapProperties properties, Environment environment) {
        Duration flowTimeout = Binder.get(environment).bind("resetdesk.reset.directory-timeout", Duration.class)
                .orElse(Duration.ofSeconds(10));
        properties.requireComplete(flowTimeout);
        if (properties.flavor() != LdapFlavor.ACTIVE_DIRECTORY) {
            throw new IllegalStateException("resetdesk.directory.ldap.flavor must be active-directory with"
                    + " resetdesk.directory.type=entra: only Active Directory syncs to Entra ID");
        }
        try {
            return LdapDirectory.open(properties, flowTimeout);
        } catch (LDAPException | GeneralSecurityException e) {
            throw new IllegalStateException("resetdesk.directory.ldap: the connection pool could not be set up: "
                    + e.getMessage(), e);
        }
    }

    @Bean
    @Primary
    DirectoryAdapter hybridDirectory(@Qualifier("entraDirectory") DirectoryAdapter cloud,
            LdapDirectory onPremisesDirectory) {
        return new HybridDirectory(cloud, onPremisesDirectory);
    }
}
