package org.resetdesk.registration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Registration of reset methods over chat ({@code resetdesk.registration.*}). Defaults follow Microsoft Entra SSPR.
 *
 * @param reconfirmDays       days after which a user is asked to confirm their methods again (0 = never, up to 730)
 * @param questionsToRegister security questions a user registers (3 to 5; at least as many as are asked at a reset)
 * @param maxCustomQuestions  questions of their own a user may write among them (0 to 5, each up to 200 characters)
 * @param issuer              the name authenticator apps show beside the account (the organisation, say)
 * @param writeToEntra        also write a confirmed alternate email and mobile phone to the user's Entra
 *                            authentication methods, so they work in Microsoft's own SSPR (directory type entra)
 */
@Validated
@ConfigurationProperties("resetdesk.registration")
public record RegistrationProperties(
        @Min(0) @Max(730) @DefaultValue("180") int reconfirmDays,
        @Min(3) @Max(5) @DefaultValue("3") int questionsToRegister,
        @Min(0) @Max(5) @DefaultValue("5") int maxCustomQuestions,
        @NotBlank @Size(max = 64) @DefaultValue("ResetDesk") String issuer,
        @DefaultValue("false") boolean writeToEntra) {
}
