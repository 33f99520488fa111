package org.resetdesk.directory;

import java.util.concurrent.CompletableFuture;

/**
 * Writes a user's reset contacts to the directory's own authentication methods (Entra ID: the phone and email
 * methods), so the contacts a user confirmed with ResetDesk also work in the directory's own password reset. Optional:
 * present only when the directory supports it and the admin switched it on. Thread-safe; failures complete the future
 * exceptionally with a {@link DirectoryFailure}.
 *
 * <p>Security: callers must only write contacts the user proved they own (by a code sent to them) after proving who
 * they are, or that an administrator set; implementations must never log a contact in full.
 */
public interface ContactWriter {

    /** The contacts that can be written. */
    enum Kind { EMAIL, MOBILE_PHONE }

    /**
     * Sets the user's contact of this kind, adding it or replacing the one there.
     *
     * @param userId the account's {@link DirectoryUser#id()}
     * @param value  an email address, or a phone number in E.164 form
     */
    CompletableFuture<Void> write(String userId, Kind kind, String value);
}
