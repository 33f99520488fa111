package org.resetdesk.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resetdesk.MutableClock;
import org.resetdesk.TestClockConfiguration;
import org.resetdesk.audit.AuditEvent;
import org.resetdesk.audit.InMemoryAuditSink;
import org.resetdesk.conversation.ConversationMemory;
import org.resetdesk.conversation.Inbound;
import org.resetdesk.conversation.TurnHandler;
import org.resetdesk.conversation.TurnOutcome;
import org.resetdesk.text.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A code that cannot be handed over (no email delivery here): the signed-in owner is told and offered another
 * method; an anonymous visitor hears the same words as for any name, since saying more would reveal the account.
 */
@SpringBootTest(properties = "resetdesk.notify.dev-outbox=false")
@Import(TestClockConfiguration.class)
class CodeNotSentTest {

    private static final String ANA = "0f9a6c2e-1b7d-4e35-9c51-6a3f2d8b7e01";

    @Autowired
    TurnHandler handler;

    @Autowired
    MutableClock clock;

    @Autowired
    InMemoryAuditSink audit;

    private ConversationMemory memory = ConversationMemory.fresh();

    @Test
    void theSignedInOwner_isToldTheCodeCouldNotBeSent_andAskedForAnotherMethod() {
        clock.advance(Duration.ofDays(2));
        Inbound.Sender ana = new Inbound.Sender(true, ANA);
        say("reset my password", ana, "teams-not-sent");
        say("yes", ana, "teams-not-sent");

        List<String> replies = say("Code by email", ana, "teams-not-sent");

        assertThat(replies.get(0)).startsWith("I couldn't send the code just now");
        assertThat(replies.get(replies.size() - 1)).contains("choose how you'll prove it");
        assertThat(audit.events()).anySatisfy(event -> assertThat(event).isInstanceOf(AuditEvent.CodeNotSent.class));
    }

    @Test
    void anAnonymousVisitor_hearsTheSameAsForAnyName() {
        clock.advance(Duration.ofDays(2));
        memory = ConversationMemory.fresh();
        say("reset my password", Inbound.Sender.ANONYMOUS, "web-not-sent");
        say("ana.popescu@contoso.example", Inbound.Sender.ANONYMOUS, "web-not-sent");

        assertThat(say("Code by email", Inbound.Sender.ANONYMOUS, "web-not-sent").get(0))
                .startsWith("If the account exists");
    }

    private List<String> say(String text, Inbound.Sender sender, String conversation) {
        Inbound inbound = Inbound.message(text, "en-US", "msteams", conversation).from(sender);
        TurnOutcome outcome = handler.handle(inbound, memory).join();
        memory = outcome.memory();
        return outcome.replies().stream().map(Reply::text).toList();
    }
}
