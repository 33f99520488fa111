package org.resetdesk.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.resetdesk.ResetDeskApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/** The dev outbox, which shows every code to anyone, never runs beside a real channel or directory. */
class DevOutboxGuardTest {

    @Test
    void check_withARealBotRegistration_refusesNamingTheSettings() {
        MockEnvironment environment = new MockEnvironment().withProperty("MicrosoftAppId", "some-app-id");

        assertThatThrownBy(() -> DevOutboxGuard.check(environment)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("resetdesk.notify.dev-outbox").hasMessageContaining("MicrosoftAppId");
    }

    @Test
    void check_withARealDirectory_refusesNamingTheSettings() {
        MockEnvironment environment = new MockEnvironment().withProperty("resetdesk.directory.type", "entra");

        assertThatThrownBy(() -> DevOutboxGuard.check(environment))
                .hasMessageContaining("resetdesk.directory.type is 'entra'");
    }

    @Test
    void check_demoWithoutRegistration_allowsIt() {
        DevOutboxGuard.check(new MockEnvironment().withProperty("MicrosoftAppId", " "));
    }

    @Test
    void start_withMicrosoftAppIdAndTheDefaultOutbox_fails() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(ResetDeskApplication.class).properties(
                "server.port=0", "MicrosoftAppId=11111111-2222-3333-4444-555555555555",
                "MicrosoftAppPassword=obviously-fake", "MicrosoftAppType=MultiTenant",
                "resetdesk.reset.public-url=https://resetdesk.example");

        assertThatThrownBy(() -> app.run().close()).satisfies(error -> {
            Throwable root = error;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root).hasMessageContaining("resetdesk.notify.dev-outbox is on, but MicrosoftAppId is set");
        });
    }

    @Test
    void start_withMicrosoftAppIdAndTheOutboxOff_servesNoOutbox() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ResetDeskApplication.class)
                .properties("server.port=0", "MicrosoftAppId=11111111-2222-3333-4444-555555555555",
                        "MicrosoftAppPassword=obviously-fake", "MicrosoftAppType=MultiTenant",
                        "resetdesk.notify.dev-outbox=false", "resetdesk.reset.public-url=https://resetdesk.example")
                .run()) {
            assertThat(context.getBeansOfType(org.resetdesk.notify.outbox.OutboxNotifier.class)).isEmpty();
            assertThat(context.getBean(Notifier.class)).isInstanceOf(RoutingNotifier.class);
        }
    }
}
