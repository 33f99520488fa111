package org.resetdesk.directory;

import java.time.Clock;

import org.resetdesk.directory.demo.DemoDirectory;
import org.resetdesk.directory.demo.DemoDirectoryProperties;
import org.resetdesk.directory.demo.DemoEnrollmentSeed;
import org.resetdesk.enrollment.EnrollmentStore;
import org.resetdesk.verification.SecurityAnswers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the directory: {@code resetdesk.directory.type=demo} (the default) is the embedded demo directory,
 * {@code entra} Entra ID through Microsoft Graph ({@code directory.entra}), {@code ldap} Active Directory or OpenLDAP
 * ({@code directory.ldap}).
 */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    /** Static: it runs before the other beans are made, so a wrong type stops the start first. */
    @Bean
    static DirectoryTypeCheck directoryTypeCheck() {
        return new DirectoryTypeCheck();
    }

    @Bean
    DirectoryHealth directoryHealthIndicator(DirectoryAdapter directory) {
        return new DirectoryHealth(directory);
    }

    @Bean
    @ConditionalOnProperty(name = "resetdesk.directory.type", havingValue = "demo", matchIfMissing = true)
    DemoDirectory demoDirectory(DemoDirectoryProperties properties, Clock clock, EnrollmentStore enrollments,
            SecurityAnswers answers) {
        DemoDirectory directory = DemoDirectory.open(properties, clock);
        // The directory has created its file from the seed by now.
        DemoEnrollmentSeed.seed(properties.file(), answers, clock, enrollments);
        return directory;
    }
}
