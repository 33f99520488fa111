package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.channel.ChatDriver;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A password comes only from the card's submit at the form step, and a typed password is never something the bot
 * offered or recognises as a command: no stray message (a button title of any step, a request typed by habit) is
 * ever committed as the new password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class StrayPasswordTest {

    /** Every button title the bot shows, in English and Romanian, and requests it recognises. */
    static List<String> strayMessages() {
        List<String> titles = new ArrayList<>(List.of("Reset my password", "Unlock my account", "Ask a question",
                "Talk to the helpdesk", "Code by email", "Code by SMS", "Authenticator app",
                "Security questions (not for administrators)", "Send a new code", "Use another method",
                "Type it in a secure form", "Get a secure link", "Give me a temporary password", "Type it in the chat",
                "Yes", "No", "I forgot my password", "Please unlock my account", "Resetează-mi parola",
                "Primesc un link securizat", "Folosește altă metodă", "O scriu în chat"));
        return titles;
    }

    @LocalServerPort
    int port;

    @Autowired
    OutboxNotifier outbox;

    @Autowired
    MutableClock clock;

    @ParameterizedTest
    @MethodSource("strayMessages")
    void aChatMessageAtTheSecureForm_isNeverTakenAsThePassword(String stray) {
        ChatDriver chat = verifiedJohn();
        chat.say("Type it in a secure form");

        List<String> replies = chat.say(stray);

        assertThat(String.join("\n", replies)).doesNotContain("Done").contains("only take the new password from the "
                + "secure form");
        assertThat(String.join("\n", chat.submit(Map.of("password", "Marble-Orbit-Lantern-42",
                "confirm", "Marble-Orbit-Lantern-42")))).contains("Done: your password was changed.");
    }

    @ParameterizedTest
    @MethodSource("strayMessages")
    void aTitleOrCommandTypedAsThePassword_isRefused(String stray) {
        ChatDriver chat = verifiedJohn();
        chat.say("Type it in the chat");

        List<String> replies = chat.say(stray);

        assertThat(String.join("\n", replies)).doesNotContain("Done").satisfiesAnyOf(
                text -> assertThat(text).contains("name of a button or a command"),
                // Cancel-like and help-like phrases interrupt the flow instead; none of them commits either.
                text -> assertThat(text).doesNotContain("password was changed"));
        assertThat(String.join("\n", chat.say("Marble-Orbit-Lantern-43"))).contains("Done");
    }

    @org.junit.jupiter.api.Test
    void aSecurityAnswerThatIsAlsoAPhrase_isTakenAsTheAnswer() {
        clock.advance(Duration.ofDays(2));
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say("E1001");
        chat.say("Security questions (not for administrators)");

        String reply = String.join("\n", chat.say("salut"));

        assertThat(reply).as("a registered answer may be any word").startsWith("Question 2 of 3")
                .doesNotContain("name of a button");
    }

    @org.junit.jupiter.api.Test
    void aCardSubmitWithoutTheRepetition_isRefused() {
        ChatDriver chat = verifiedJohn();
        chat.say("Type it in a secure form");

        List<String> replies = chat.submit(Map.of("password", "Marble-Orbit-Lantern-44"));

        assertThat(String.join("\n", replies)).doesNotContain("Done").contains("not the same");
    }

    private ChatDriver verifiedJohn() {
        clock.advance(Duration.ofDays(2));
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say(ResetChat.JOHN);
        chat.say("Code by email");
        assertThat(String.join("\n", chat.say(OutboxCodes.newest(outbox)))).contains("confirmed");
        return chat;
    }
}
