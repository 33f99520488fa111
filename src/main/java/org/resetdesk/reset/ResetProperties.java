package org.resetdesk.reset;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reset and unlock flows ({@code resetdesk.reset.*}).
 *
 * @param sessionLifetime   how long a verified identity may be used to change the account, counted from the moment
 *                          the account was named (DESIGN.md: 15 minutes)
 * @param linkLifetime      how long a password link stays valid (10 minutes)
 * @param publicUrl         the address users reach ResetDesk at, for password links and "Read more"; https except on
 *                          localhost; unset, this machine on the server's port (required with a Bot registration)
 * @param entryMethods      how a new password may be given on most channels, in the order offered
 * @param teamsEntryMethods the same for Microsoft Teams, where card values pass through the Bot Connector: by default
 *                          the link page and temporary passwords only
 * @param directoryTimeout  how long a directory call may take before the change counts as failed
 */
@Validated
@ConfigurationProperties("resetdesk.reset")
public record ResetProperties(
        @NotNull @DefaultValue("15m") Duration sessionLifetime,
        @NotNull @DefaultValue("10m") Duration linkLifetime,
        URI publicUrl,
        @NotEmpty @DefaultValue({"CARD", "LINK", "TEMPORARY", "TYPED"}) List<PasswordEntry> entryMethods,
        @NotEmpty @DefaultValue({"LINK", "TEMPORARY"}) List<PasswordEntry> teamsEntryMethods,
        @NotNull @DefaultValue("10s") Duration directoryTimeout) {

    public ResetProperties {
        requirePositive(sessionLifetime, "session-lifetime");
        requirePositive(linkLifetime, "link-lifetime");
        requirePositive(directoryTimeout, "directory-timeout");
        if (linkLifetime.compareTo(sessionLifetime) > 0) {
            throw new IllegalArgumentException("resetdesk.reset.link-lifetime (" + linkLifetime
                    + ") must not be longer than resetdesk.reset.session-lifetime (" + sessionLifetime + ")");
        }
        boolean local = publicUrl != null
                && ("localhost".equals(publicUrl.getHost()) || "127.0.0.1".equals(publicUrl.getHost()));
        if (publicUrl != null && !"https".equals(publicUrl.getScheme())
                && !(local && "http".equals(publicUrl.getScheme()))) {
            throw new IllegalArgumentException("resetdesk.reset.public-url must be an https address (http only for"
                    + " localhost), got " + publicUrl);
        }
        entryMethods = List.copyOf(entryMethods);
        teamsEntryMethods = List.copyOf(teamsEntryMethods);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("resetdesk.reset." + name + " must be positive, got " + duration);
        }
    }

    /** The ways of giving a new password offered on {@code channel}. */
    public List<PasswordEntry> entryMethodsOn(String channel) {
        return "msteams".equals(channel) ? teamsEntryMethods : entryMethods;
    }

    /** Ways to give a new password. */
    public enum PasswordEntry {
        /** Masked fields on an Adaptive Card. */
        CARD,
        /** A single-use link to ResetDesk's own page, so the password never passes through the chat. */
        LINK,
        /** A generated password the user must change at the next sign-in. */
        TEMPORARY,
        /** Typed as a chat message (it stays in the chat history; the user is warned). */
        TYPED;

        /** The option id in flow files. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
