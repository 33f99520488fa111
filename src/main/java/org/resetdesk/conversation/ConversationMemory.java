package org.resetdesk.conversation;

import org.resetdesk.text.Language;

/**
 * What the bot remembers about one conversation between turns.
 *
 * @param language the language last used, or {@code null} before the first turn
 * @param misses   consecutive messages the bot could not understand
 */
public record ConversationMemory(Language language, int misses) {

    public static ConversationMemory fresh() {
        return new ConversationMemory(null, 0);
    }

    /** A new conversation with a user whose language is already known. */
    public static ConversationMemory startingIn(Language language) {
        return new ConversationMemory(language, 0);
    }

    ConversationMemory withLanguage(Language newLanguage) {
        return new ConversationMemory(newLanguage, misses);
    }

    ConversationMemory missed() {
        return new ConversationMemory(language, misses + 1);
    }

    ConversationMemory understood() {
        return new ConversationMemory(language, 0);
    }
}
