package org.resetdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetdesk.ResetDeskApplication;
import org.resetdesk.conversation.TurnHandler;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A method registered over chat is in the database: after a restart a reset sends its code there. */
class RegistrationSurvivesRestartTest {

    private static final String NO_METHODS = "3b5d7f9a-1c3e-4a6b-9d82-7f1a3c5e7b05";
    private static final String PHONE = "+40721000098";

    @TempDir
    Path data;

    @Test
    void aPhoneRegisteredBeforeARestart_receivesTheResetCodeAfterIt() {
        try (ConfigurableApplicationContext first = start()) {
            RegistrationChat chat = RegistrationChat.teams(first.getBean(TurnHandler.class), NO_METHODS);
            chat.say("I want to register my methods");
            chat.say("yes");
            chat.say("Add or change my mobile phone");
            chat.say(PHONE);
            assertThat(chat.say(OutboxCodes.newestTo(first.getBean(OutboxNotifier.class), PHONE).orElseThrow()))
                    .contains("Saved: **Mobile phone**");
        }

        try (ConfigurableApplicationContext second = start()) {
            RegistrationChat reset = RegistrationChat.webChat(second.getBean(TurnHandler.class));
            reset.say("reset my password");
            reset.say("no.methods@contoso.example");
            reset.say("Code by SMS");

            assertThat(OutboxCodes.newestTo(second.getBean(OutboxNotifier.class), PHONE)).isPresent();
        }
    }

    private ConfigurableApplicationContext start() {
        // arguments, not default properties: the tests' own properties would outrank those
        return new SpringApplicationBuilder(ResetDeskApplication.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("resetdesk"));
    }
}
