package org.resetdesk.conversation;

import org.resetdesk.dialog.DialogState;
import org.resetdesk.text.Language;

/**
 * What the bot remembers about one conversation between turns.
 *
 * @param language the language last used, or {@code null} before the first turn
 * @param misses   consecutive messages the bot could not understand
 * @param dialog   the flow in progress, or {@code null}; holds no secret (the engine never keeps one)
 */
public record ConversationMemory(Language language, int misses, DialogState dialog) {

    public static ConversationMemory fresh() {
        return new ConversationMemory(null, 0, null);
    }

    /** A new conversation with a user whose language is already known. */
    public static ConversationMemory startingIn(Language language) {
        return new ConversationMemory(language, 0, null);
    }

    ConversationMemory withLanguage(Language newLanguage) {
        return new ConversationMemory(newLanguage, misses, dialog);
    }

    ConversationMemory missed() {
        return new ConversationMemory(language, misses + 1, dialog);
    }

    ConversationMemory understood() {
        return new ConversationMemory(language, 0, dialog);
    }

    ConversationMemory inDialog(DialogState state) {
        return new ConversationMemory(language, 0, state);
    }
}
