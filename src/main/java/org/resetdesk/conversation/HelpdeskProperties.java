package org.resetdesk.conversation;

import java.net.URI;

import jakarta.validation.constraints.Email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How employees reach a person. Any of the three may be left out; the bot offers those that are set.
 *
 * @param url   a helpdesk portal page
 * @param email the helpdesk mailbox
 * @param phone the helpdesk phone number, as it should be dialled
 */
@Validated
@ConfigurationProperties("resetdesk.helpdesk")
public record HelpdeskProperties(URI url, @Email String email, String phone) {

    boolean hasAnyContact() {
        return url != null || present(email) || present(phone);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
