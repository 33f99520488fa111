package org.resetdesk.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The admin API.
 *
 * @param token the Bearer token admin calls must present; unset or blank switches the admin API off (its paths
 *              answer 404). When set it must have at least {@value #MIN_TOKEN_LENGTH} characters.
 */
@Validated
@ConfigurationProperties("resetdesk.admin")
record AdminProperties(String token) {

    static final int MIN_TOKEN_LENGTH = 24;

    AdminProperties {
        if (token != null && !token.isBlank() && token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("resetdesk.admin.token must have at least " + MIN_TOKEN_LENGTH
                    + " characters (or be left unset to switch the admin API off)");
        }
        token = token == null || token.isBlank() ? null : token.strip();
    }
}
