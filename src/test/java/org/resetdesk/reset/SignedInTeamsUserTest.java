package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.conversation.ConversationMemory;
import org.resetdesk.conversation.Inbound;
import org.resetdesk.conversation.TurnHandler;
import org.resetdesk.conversation.TurnOutcome;
import org.resetdesk.text.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * In Teams, behind a validated token, the signed-in user is offered their own account, and once they confirm it they
 * may see where codes go (masked); an unverified sender claiming the same object id gets the anonymous path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
class SignedInTeamsUserTest {

    private static final String ANA = "0f9a6c2e-1b7d-4e35-9c51-6a3f2d8b7e01";

    @Autowired
    TurnHandler handler;

    @Autowired
    MutableClock clock;

    private ConversationMemory memory = ConversationMemory.fresh();

    @Test
    void signedInUser_confirmsTheirAccount_andSeesWhereTheCodeWent() {
        clock.advance(Duration.ofDays(2));
        Inbound.Sender signedIn = new Inbound.Sender(true, ANA);

        assertThat(say("reset my password", signedIn, "teams-1")).singleElement().asString()
                .contains("You're signed in as **ana.popescu@contoso.example**");
        assertThat(say("yes", signedIn, "teams-1")).last().asString().contains("choose how you'll prove it");
        assertThat(say("Code by email", signedIn, "teams-1")).first().asString()
                .isEqualTo("I've sent a code to a***@example.net. It's valid for 5 minutes.");
    }

    @Test
    void anUnvalidatedClaimOfTheSameObjectId_isAskedForTheAccount_andSeesNoDestination() {
        clock.advance(Duration.ofDays(2));
        Inbound.Sender claimed = new Inbound.Sender(false, ANA);

        assertThat(say("reset my password", claimed, "teams-2")).singleElement().asString()
                .contains("Which account is it?");
        say("ana.popescu@contoso.example", claimed, "teams-2");
        assertThat(say("Code by email", claimed, "teams-2")).first().asString()
                .startsWith("If the account exists").doesNotContain("a***@example.net");
    }

    private List<String> say(String text, Inbound.Sender sender, String conversation) {
        TurnOutcome outcome = handler.handle(Inbound.message(text, "en-US", "msteams", conversation).from(sender),
                memory).join();
        memory = outcome.memory();
        return outcome.replies().stream().map(Reply::text).toList();
    }
}
