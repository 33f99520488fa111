package org.resetdesk.conversation;

import java.util.Objects;

/**
 * One thing a user did, independent of the channel.
 *
 * @param kind           what happened
 * @param text           the text typed or the title of the button pressed; empty for a join
 * @param locale         the client's locale as sent, or {@code null}
 * @param channel        the channel id, such as {@code msteams}, {@code webchat} or {@code emulator}
 * @param conversationId the channel's conversation id
 */
public record Inbound(Kind kind, String text, String locale, String channel, String conversationId) {

    /** What happened in the conversation. */
    public enum Kind {
        /** The user sent a message or pressed a button. */
        MESSAGE,
        /** The user joined the conversation (or opened the chat). */
        JOIN
    }

    public Inbound {
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
        channel = channel == null ? "" : channel;
    }

    public static Inbound message(String text, String locale, String channel, String conversationId) {
        return new Inbound(Kind.MESSAGE, text, locale, channel, conversationId);
    }

    public static Inbound join(String locale, String channel, String conversationId) {
        return new Inbound(Kind.JOIN, "", locale, channel, conversationId);
    }
}
