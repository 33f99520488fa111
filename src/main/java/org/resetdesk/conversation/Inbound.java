package org.resetdesk.conversation;

import java.util.Map;
import java.util.Objects;

/**
 * One thing a user did, independent of the channel.
 *
 * @param kind           what happened
 * @param text           the text typed or the title of the button pressed; empty for a join
 * @param locale         the client's locale as sent, or {@code null}
 * @param channel        the channel id, such as {@code msteams}, {@code webchat} or {@code emulator}
 * @param conversationId the channel's conversation id
 * @param sender         who sent it, and whether a validated channel token vouches for that
 * @param fields         the values of a card's inputs when the user pressed its submit button (may hold a new
 *                       password), else empty
 * @param place          whether others read the conversation (a Teams channel or group chat)
 */
public record Inbound(Kind kind, String text, String locale, String channel, String conversationId, Sender sender,
        Map<String, String> fields, Place place) {

    /** What happened in the conversation. */
    public enum Kind {
        /** The user sent a message or pressed a button. */
        MESSAGE,
        /** The user joined the conversation (or opened the chat). */
        JOIN
    }

    /**
     * The sender.
     *
     * @param authenticated whether the activity came with a Bot Framework token validated for this bot, so the
     *                      channel (Teams) vouches for the sender; false for web chat and unregistered bots
     * @param aadObjectId   the sender's Entra ID object id as the channel states it (Teams), or {@code null}; to be
     *                      trusted only when {@code authenticated}
     */
    public record Sender(boolean authenticated, String aadObjectId) {

        public static final Sender ANONYMOUS = new Sender(false, null);
    }

    /**
     * Where the conversation happens.
     *
     * @param shared whether other people read it (a Teams channel or group chat), rather than a one-to-one chat
     * @param botId  the bot's id on the channel (Teams: {@code 28:<app id>}), to open a personal chat with; or
     *               {@code null}
     * @param zone   the sender's time zone, when the client gave one ({@code localTimezone}); for showing times
     */
    public record Place(boolean shared, String botId, java.time.ZoneId zone) {

        public static final Place PERSONAL = new Place(false, null, null);
    }

    public Inbound {
        Objects.requireNonNull(kind, "kind");
        place = place == null ? Place.PERSONAL : place;
        text = text == null ? "" : text;
        channel = channel == null ? "" : channel;
        sender = sender == null ? Sender.ANONYMOUS : sender;
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public Inbound(Kind kind, String text, String locale, String channel, String conversationId, Sender sender) {
        this(kind, text, locale, channel, conversationId, sender, Map.of(), Place.PERSONAL);
    }

    /** A card's submit button was pressed without text. */
    public boolean isCardSubmit() {
        return kind == Kind.MESSAGE && text.isBlank() && !fields.isEmpty();
    }

    @Override
    public String toString() {
        // Neither the text nor the fields: either may be a password typed in answer to a question.
        return "Inbound[" + kind + ", " + channel + ", " + conversationId + ", fields=" + fields.keySet() + "]";
    }

    public static Inbound message(String text, String locale, String channel, String conversationId) {
        return new Inbound(Kind.MESSAGE, text, locale, channel, conversationId, Sender.ANONYMOUS);
    }

    public static Inbound join(String locale, String channel, String conversationId) {
        return new Inbound(Kind.JOIN, "", locale, channel, conversationId, Sender.ANONYMOUS);
    }

    /** The same input from a sender the channel identified. */
    public Inbound from(Sender identified) {
        return new Inbound(kind, text, locale, channel, conversationId, identified, fields, place);
    }

    /** The same input with a card's submitted values. */
    public Inbound withFields(Map<String, String> submitted) {
        return new Inbound(kind, text, locale, channel, conversationId, sender, submitted, place);
    }

    /** The same input, in the given place. */
    public Inbound in(Place where) {
        return new Inbound(kind, text, locale, channel, conversationId, sender, fields, where);
    }
}
