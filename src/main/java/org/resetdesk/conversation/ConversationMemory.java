package org.resetdesk.conversation;

import java.util.List;

import org.resetdesk.dialog.DialogState;
import org.resetdesk.text.Language;

/**
 * What the bot remembers about one conversation between turns.
 *
 * @param language the language last used, or {@code null} before the first turn
 * @param misses   consecutive messages the bot could not understand
 * @param dialog   the flow in progress, or {@code null}; holds no secret (the engine never keeps one)
 * @param offered  knowledge sections offered under "Did you mean" in the last reply, else empty
 * @param answered the knowledge section answered last (for feedback and follow-ups), or {@code null}
 */
public record ConversationMemory(Language language, int misses, DialogState dialog, List<String> offered,
        String answered) {

    public ConversationMemory {
        offered = offered == null ? List.of() : List.copyOf(offered);
    }

    public static ConversationMemory fresh() {
        return new ConversationMemory(null, 0, null, List.of(), null);
    }

    /** A new conversation with a user whose language is already known. */
    public static ConversationMemory startingIn(Language language) {
        return new ConversationMemory(language, 0, null, List.of(), null);
    }

    ConversationMemory withLanguage(Language newLanguage) {
        return new ConversationMemory(newLanguage, misses, dialog, offered, answered);
    }

    /** Another message not understood; what the knowledge base offered before no longer applies. */
    ConversationMemory missed() {
        return new ConversationMemory(language, misses + 1, dialog, List.of(), null);
    }

    ConversationMemory understood() {
        return new ConversationMemory(language, 0, dialog, List.of(), null);
    }

    ConversationMemory inDialog(DialogState state) {
        return new ConversationMemory(language, 0, state, List.of(), null);
    }

    /** After a knowledge reply: what it offered and what it answered. */
    ConversationMemory afterKnowledge(List<String> newOffered, String newAnswered) {
        return new ConversationMemory(language, 0, dialog, newOffered, newAnswered);
    }
}
