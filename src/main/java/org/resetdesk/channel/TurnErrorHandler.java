package org.resetdesk.channel;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.OnTurnErrorHandler;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import org.resetdesk.state.StateUnavailableException;
import org.resetdesk.text.Language;
import org.resetdesk.text.MessageCatalog;
import org.resetdesk.text.MessageKey;
import org.resetdesk.text.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last line of defence for a failed turn: logs the detail under a fresh reference, tells the user only that something
 * went wrong (with the reference for the helpdesk), and clears the conversation's state so the next message starts
 * clean instead of failing the same way.
 */
final class TurnErrorHandler implements OnTurnErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(TurnErrorHandler.class);

    /** "Temporarily unavailable, nothing was changed". */
    static final String UNAVAILABLE = "error.unavailable";

    private final ConversationState conversationState;
    private final MessageCatalog messages;

    TurnErrorHandler(ConversationState conversationState, MessageCatalog messages) {
        this.conversationState = conversationState;
        this.messages = messages;
    }

    @Override
    public CompletableFuture<Void> invoke(TurnContext turn, Throwable exception) {
        String reference = UUID.randomUUID().toString();
        Activity activity = turn.getActivity();
        log.error("Turn failed, reference {}, channel {}, conversation {}", reference, activity.getChannelId(),
                activity.getConversation() == null ? null : activity.getConversation().getId(), exception);
        Language language = Language.fromLocale(activity.getLocale()).orElse(Language.EN);
        if (storeUnavailable(exception)) {
            // Nothing could be read or written: say so, and leave the state alone for when the store is back.
            Reply unavailable = Reply.text(messages.text(language, UNAVAILABLE, Map.of()), language);
            return turn.sendActivity(ActivityMapping.message(unavailable)).handle((sent, failure) -> null);
        }
        Reply apology = Reply.text(
                messages.text(language, MessageKey.ERROR_GENERIC, Map.of("reference", reference)), language);
        return turn.sendActivity(ActivityMapping.message(apology))
                .handle((sent, failure) -> {
                    if (failure != null) {
                        log.warn("Could not tell the user about failure {}", reference, failure);
                    }
                    return null;
                })
                .thenCompose(ignored -> conversationState.delete(turn))
                .exceptionally(failure -> {
                    log.warn("Could not clear the state after failure {}", reference, failure);
                    return null;
                });
    }

    private static boolean storeUnavailable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StateUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
