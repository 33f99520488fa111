package org.resetdesk.notify;

import java.util.Objects;

import org.resetdesk.text.Language;

/**
 * A message to a person outside the chat: a one-time code, or "your password was reset".
 *
 * @param channel  how it travels
 * @param to       the address or phone number
 * @param subject  a subject line (email) or a short title (SMS)
 * @param body     the text; may hold a one-time code, so it is never logged
 * @param language the language of the text (for the email's {@code lang}), or {@code null}
 */
public record Notification(Channel channel, String to, String subject, String body, Language language) {

    /** How a notification travels. */
    public enum Channel { EMAIL, SMS }

    public Notification {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(body, "body");
        subject = subject == null ? "" : subject;
    }

    public Notification(Channel channel, String to, String subject, String body) {
        this(channel, to, subject, body, null);
    }

    @Override
    public String toString() {
        // Neither the address nor the body: logs must not collect contact details or codes.
        return "Notification[" + channel + ", " + subject + "]";
    }
}
