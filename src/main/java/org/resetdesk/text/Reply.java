package org.resetdesk.text;

import java.util.List;
import java.util.Objects;

/**
 * One message from the bot.
 *
 * @param text             Markdown text
 * @param suggestedActions titles of buttons the user may press; pressing one sends its title back
 * @param language         the language the text is in
 */
public record Reply(String text, List<String> suggestedActions, Language language) {

    public Reply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        suggestedActions = List.copyOf(suggestedActions);
    }

    public static Reply text(String text, Language language) {
        return new Reply(text, List.of(), language);
    }
}
