package org.resetdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.resetdesk.ResetDeskApplication;
import org.resetdesk.channel.ChatDriver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Links in replies point where the server really listens unless an address is configured; never at a guess. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicAddressTest {

    @LocalServerPort
    int port;

    @Test
    void withoutAConfiguredAddress_readMoreLinksUseTheServersOwnPort() {
        ChatDriver chat = new ChatDriver(port, "en-US");

        String answer = String.join("\n", chat.say("my code from the sms never arrived, what should I do?"));

        assertThat(answer).contains("http://localhost:" + port + "/kb/en/");
    }

    @Test
    void aBotRegistrationWithoutAPublicAddress_refusesToStartNamingTheSetting() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(ResetDeskApplication.class).properties(
                "server.port=0", "MicrosoftAppId=11111111-2222-3333-4444-555555555555",
                "MicrosoftAppPassword=obviously-fake", "resetdesk.notify.dev-outbox=false");

        assertThatThrownBy(() -> app.run().close()).satisfies(error -> {
            Throwable root = error;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            assertThat(root).hasMessageContaining("resetdesk.reset.public-url is not set, but MicrosoftAppId is");
        });
    }
}
