package org.resetdesk.audit;

import java.time.Clock;

import org.resetdesk.runtime.Meters;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The audit trail in the application's database (Spring's {@code spring.datasource.*}), and its daily pruning. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    /** Records waiting for the writer thread; beyond this a turn writes its own record. */
    static final int QUEUED = 10_000;

    @Bean(destroyMethod = "close")
    AuditStore auditStore(JdbcClient jdbc) {
        return new BufferedAuditStore(new JdbcAuditStore(jdbc), QUEUED);
    }

    @Bean
    @Primary
    AuditTrail auditTrail(AuditStore store, InMemoryAuditSink recent, Meters meters) {
        return new AuditTrail(store, recent, meters);
    }

    @Bean
    AuditRetention auditRetention(AuditStore store, Clock clock, AuditProperties properties) {
        return new AuditRetention(store, clock, properties);
    }
}
