package org.resetdesk.password;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The password policy.
 *
 * @param mode              {@code entra} (default) or {@code nist}
 * @param organisationName  the organisation's name: a banned term (entra) and a context word (nist)
 * @param serviceName       this service's name, a context word in mode nist
 * @param bannedTermsFile   optional file of custom banned terms, one per line (at most 1000, 4–16 characters each);
 *                          used with the shipped common passwords
 * @param temporaryLength   length of generated temporary passwords
 */
@Validated
@ConfigurationProperties("resetdesk.password")
record PasswordProperties(
        @NotNull @DefaultValue("entra") PasswordMode mode,
        @NotBlank @DefaultValue("Contoso") String organisationName,
        @NotBlank @DefaultValue("ResetDesk") String serviceName,
        Path bannedTermsFile,
        @Min(16) @Max(64) @DefaultValue("16") int temporaryLength) {
}
