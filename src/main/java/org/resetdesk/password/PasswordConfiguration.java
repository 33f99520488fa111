package org.resetdesk.password;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the policy from the settings; a bad banned terms file or a missing message stops the start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasswordProperties.class)
class PasswordConfiguration {

    @Bean
    PasswordPolicy passwordPolicy(PasswordProperties properties, MessageCatalog messages) {
        for (Language language : Language.values()) {
            for (String key : PasswordPolicy.messageKeys()) {
                if (!messages.keys(language).contains(key)) {
                    throw new IllegalStateException("dialogs/messages/" + language.code() + ".yaml: missing key '"
                            + key + "' (a password policy reason)");
                }
            }
        }
        List<String> terms = new ArrayList<>(TermFiles.commonPasswords());
        if (properties.bannedTermsFile() != null) {
            terms.addAll(TermFiles.customBannedTerms(properties.bannedTermsFile()));
        }
        return switch (properties.mode()) {
            case ENTRA -> PasswordPolicy.entra(terms, properties.organisationName());
            case NIST -> PasswordPolicy.nist(terms, properties.organisationName(), properties.serviceName());
        };
    }

    @Bean
    TemporaryPasswordGenerator temporaryPasswordGenerator(PasswordPolicy policy, PasswordProperties properties) {
        return new TemporaryPasswordGenerator(policy, new SecureRandom(), properties.temporaryLength());
    }
}
