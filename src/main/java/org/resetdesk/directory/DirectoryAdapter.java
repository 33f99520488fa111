package org.resetdesk.directory;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The company directory (Entra ID, Active Directory, OpenLDAP or the demo directory): finds accounts and changes
 * their password or lockout. Implementations are thread-safe. Failures complete the future exceptionally with a
 * {@link DirectoryFailure}; a failed or timed-out change must never be reported as done.
 *
 * <p>Security: callers must only reach {@link #resetPassword} and {@link #unlock} for an account the same
 * conversation has verified; this port does not check that. Implementations must never log a password.
 */
public interface DirectoryAdapter {

    /**
     * Looks an account up by sign-in name (UPN), email address, employee id or the directory's own id (the Entra
     * object id a Teams token names), ignoring case.
     *
     * @return the account, or empty when none matches (callers on anonymous channels must not reveal which)
     */
    CompletableFuture<Optional<DirectoryUser>> find(String identifier);

    /**
     * Sets a new password.
     *
     * @param userId                the account's {@link DirectoryUser#id()}
     * @param newPassword           the new password; not kept anywhere but in the directory
     * @param mustChangeAtNextLogin whether the user must choose another one at the next sign-in (temporary passwords)
     */
    CompletableFuture<Void> resetPassword(String userId, String newPassword, boolean mustChangeAtNextLogin);

    /** The enabled accounts holding an administrative role, to tell them when one of them resets a password. */
    CompletableFuture<java.util.List<DirectoryUser>> administrators();

    /** Clears the account's lockout without changing its password. */
    CompletableFuture<Void> unlock(String userId);

    /**
     * Completes when the directory can be used, checked at no cost against its rate limits (Entra ID: an access
     * token for Graph can be had, usually from the cache; no Graph call); exceptionally when not. For readiness.
     */
    default CompletableFuture<Void> ready() {
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Whether this directory can tell a locked account and unlock it; Entra ID cannot (its smart lockout ends by
     * itself), and the unlock flow then says so and offers a reset instead.
     */
    default boolean unlocks() {
        return true;
    }

    /** Whether this directory can unlock this account (a hybrid directory can for some accounts and not others). */
    default boolean unlocks(DirectoryUser user) {
        return unlocks();
    }
}
