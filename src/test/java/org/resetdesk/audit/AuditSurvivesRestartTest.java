package org.resetdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetdesk.ResetDeskApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The audit trail is in the database: what was recorded before a restart is reported after it. */
class AuditSurvivesRestartTest {

    @TempDir
    Path data;

    @Test
    void anEventRecordedBeforeARestart_isInTheReportAfterIt() {
        Instant now = Instant.now();
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(AuditSink.class).record(new AuditEvent.PasswordReset(
                    new AuditContext(now, "corr-before-restart", "webchat", "conv-1", "john"), false));
        }

        try (ConfigurableApplicationContext second = start()) {
            AuditStore.Page page = second.getBean(AuditStore.class).find(new AuditStore.Query(now.minusSeconds(60),
                    now.plusSeconds(60), Optional.empty(), Optional.of("john"), 0, 10));

            assertThat(page.records()).singleElement().satisfies(record -> {
                assertThat(record.correlationId()).isEqualTo("corr-before-restart");
                assertThat(record.activity()).isEqualTo(AuditActivity.RESET_PASSWORD_SELF_SERVICE);
            });
        }
    }

    private ConfigurableApplicationContext start() {
        // arguments, not default properties: the tests' own properties would outrank those
        return new SpringApplicationBuilder(ResetDeskApplication.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("resetdesk"));
    }
}
