package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.channel.ChatDriver;
import org.resetdesk.identity.ResetSessions;
import org.resetdesk.notify.outbox.OutboxCodes;
import org.resetdesk.notify.outbox.OutboxNotifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** A verified identity serves one change, within 15 minutes, and is forgotten when the user cancels. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class ResetSessionLifecycleTest {

    @LocalServerPort
    int port;

    @Autowired
    OutboxNotifier outbox;

    @Autowired
    MutableClock clock;

    @Autowired
    ResetSessions sessions;

    @Test
    void cancellingAfterTheProof_forgetsTheVerifiedSession() {
        ChatDriver chat = verifiedJohn();
        assertThat(sessions.verified(chat.conversationId())).isPresent();

        chat.say("cancel");

        assertThat(sessions.current(chat.conversationId())).isEmpty();
    }

    @Test
    void aPasswordGivenMoreThan15MinutesAfterNamingTheAccount_isRefusedAsExpired() {
        ChatDriver chat = verifiedJohn();
        chat.say("Type it in the chat");
        clock.advance(Duration.ofMinutes(15));

        List<String> replies = chat.say("Marble-Orbit-Lantern-42");

        assertThat(replies).singleElement().asString().contains("this reset session has expired")
                .contains("nothing was changed");
    }

    @Test
    void aSuccessfulReset_usesTheSessionUp() {
        ChatDriver chat = verifiedJohn();
        chat.say("Type it in the chat");

        assertThat(chat.say("Marble-Orbit-Lantern-42")).first().asString().contains("Done");
        assertThat(sessions.current(chat.conversationId())).isEmpty();
    }

    private ChatDriver verifiedJohn() {
        clock.advance(Duration.ofDays(2));
        ChatDriver chat = new ChatDriver(port, "en-US");
        chat.say("reset my password");
        chat.say("john.doe@contoso.example");
        chat.say("Code by email");
        assertThat(chat.say(OutboxCodes.newest(outbox))).contains("Thanks, that's confirmed.");
        return chat;
    }
}
