package org.resetdesk.registration;

import java.util.List;
import java.util.Map;

import org.resetdesk.conversation.ConversationMemory;
import org.resetdesk.conversation.Inbound;
import org.resetdesk.conversation.TurnHandler;
import org.resetdesk.conversation.TurnOutcome;
import org.resetdesk.text.Reply;

/**
 * One conversation with the bot through its turn handler, the path every channel's message takes: as a Teams user
 * behind a validated token, or anonymously on the web chat.
 */
final class RegistrationChat {

    private final TurnHandler handler;
    private final Inbound.Sender sender;
    private final String channel;
    private final String conversation;
    private ConversationMemory memory = ConversationMemory.fresh();
    private List<Reply> last = List.of();

    private RegistrationChat(TurnHandler handler, Inbound.Sender sender, String channel, String conversation) {
        this.handler = handler;
        this.sender = sender;
        this.channel = channel;
        this.conversation = conversation;
    }

    /** A Teams user whose token the channel validated, naming their Entra object id. */
    static RegistrationChat teams(TurnHandler handler, String objectId) {
        return new RegistrationChat(handler, new Inbound.Sender(true, objectId), "msteams",
                "teams-" + java.util.UUID.randomUUID());
    }

    /** A visitor of the web chat: nobody vouches for who they are. */
    static RegistrationChat webChat(TurnHandler handler) {
        return new RegistrationChat(handler, new Inbound.Sender(false, null), "webchat",
                "web-" + java.util.UUID.randomUUID());
    }

    /** Sends a message; the texts of the bot's replies joined by new lines. */
    String say(String text) {
        TurnOutcome outcome = handler.handle(Inbound.message(text, "en-US", channel, conversation).from(sender), memory)
                .join();
        memory = outcome.memory();
        last = outcome.replies();
        return String.join("\n", last.stream().map(Reply::text).toList());
    }

    /** The replies of the last turn, cards included. */
    List<Reply> lastReplies() {
        return last;
    }

    /** The buttons the last reply offers. */
    List<String> buttons() {
        return last.isEmpty() ? List.of() : last.get(last.size() - 1).suggestedActions();
    }

    /** The first card of the last turn's replies. */
    Map<String, Object> card() {
        return last.stream().flatMap(reply -> reply.cards().stream()).findFirst().orElseThrow();
    }
}
