package org.resetdesk.enrollment;

import org.resetdesk.directory.demo.DemoDirectory;
import org.resetdesk.directory.demo.DemoDirectoryProperties;
import org.resetdesk.verification.SecurityAnswers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** In demo mode the registrations come from the demo directory file. */
@Configuration(proxyBeanMethods = false)
class EnrollmentConfiguration {

    @Bean
    @ConditionalOnProperty(name = "resetdesk.directory.type", havingValue = "demo", matchIfMissing = true)
    EnrollmentStore demoEnrollments(DemoDirectory directory, DemoDirectoryProperties properties,
            SecurityAnswers answers) {
        // The directory bean has created the file from the seed by now.
        return DemoEnrollments.read(properties.file(), answers);
    }
}
