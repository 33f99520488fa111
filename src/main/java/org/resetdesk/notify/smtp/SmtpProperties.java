package org.resetdesk.notify.smtp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email over SMTP ({@code resetdesk.notify.email.*}); the server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param type    {@code smtp} to send email this way
 * @param from    the sender address, such as {@code "ResetDesk <resetdesk@contoso.example>"}
 * @param timeout how long handing one message to the server may take before it counts as not sent; also the
 *                connect, read and write timeouts of the SMTP connection unless {@code spring.mail.properties} set them
 * @param senders messages handed over at the same time at most; more wait their turn
 */
@ConfigurationProperties("resetdesk.notify.email")
public record SmtpProperties(String type, String from, @DefaultValue("8s") Duration timeout,
        @DefaultValue("4") int senders) {

    void requireComplete() {
        if (from == null || from.isBlank()) {
            throw new IllegalStateException("resetdesk.notify.email.type=smtp needs resetdesk.notify.email.from (the"
                    + " sender address) and spring.mail.host (the SMTP server)");
        }
        if (senders < 1 || senders > 64) {
            throw new IllegalStateException("resetdesk.notify.email.senders must be between 1 and 64");
        }
    }
}
