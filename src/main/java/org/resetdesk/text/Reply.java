package org.resetdesk.text;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message from the bot.
 *
 * @param text             Markdown text
 * @param suggestedActions titles of buttons the user may press; pressing one sends its title back
 * @param language         the language the text is in
 * @param cards            Adaptive Cards to show with the text (each the card's JSON as maps and lists)
 * @param citation         the source the text was taken from, or {@code null}
 * @param once             whether the text holds something to be shown once only (a temporary password, a
 *                         single-use link): a channel that keeps a history masks it once it was delivered
 */
public record Reply(String text, List<String> suggestedActions, Language language, List<Map<String, Object>> cards,
        Citation citation, boolean once) {

    /** The content type of an Adaptive Card attachment. */
    public static final String ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

    public Reply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        suggestedActions = List.copyOf(suggestedActions);
        cards = List.copyOf(cards);
    }

    public Reply(String text, List<String> suggestedActions, Language language) {
        this(text, suggestedActions, language, List.of(), null, false);
    }

    /** The same reply, to be shown once only (see {@link #once()}). */
    public Reply shownOnce() {
        return new Reply(text, suggestedActions, language, cards, citation, true);
    }

    /**
     * Where an answer comes from; clients show it as a citation.
     *
     * @param name    the source's title
     * @param url     where it is, such as {@code knowledge/en/registration.md#registration-how}
     * @param excerpt a short extract, or {@code null}
     */
    public record Citation(String name, String url, String excerpt) {

        public Citation {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(url, "url");
        }
    }

    /** The same reply, citing {@code source}. */
    public Reply citing(Citation source) {
        return new Reply(text, suggestedActions, language, cards, source, once);
    }

    public static Reply text(String text, Language language) {
        return new Reply(text, List.of(), language);
    }

    /** The same reply with an Adaptive Card attached. */
    public Reply withCard(Map<String, Object> card) {
        List<Map<String, Object>> all = new java.util.ArrayList<>(cards);
        all.add(card);
        return new Reply(text, suggestedActions, language, all, citation, once);
    }
}
