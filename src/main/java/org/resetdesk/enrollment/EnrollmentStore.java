package org.resetdesk.enrollment;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * Registered verification methods per user, kept durably. Thread-safe; calls never block the caller: they complete
 * later, exceptionally with an {@link EnrollmentStoreException} when the store fails. Implementations keep answers only
 * as hashes and authenticator secrets only encrypted, and never log a secret, an answer or a contact.
 *
 * <p>Security: callers must only change a user's methods after that user proved who they are in the same
 * conversation (or for an administrator's pre-fill); this port does not check that.
 */
public interface EnrollmentStore {

    /** The user's registrations, or empty when the user registered nothing with ResetDesk. */
    CompletableFuture<Optional<Enrollment>> find(String userId);

    /**
     * Changes the user's registrations atomically: {@code change} gets what is stored now (or
     * {@link Enrollment#none}) and returns what to store; of two changes at the same moment neither is lost. A result
     * with nothing registered removes the user's row.
     *
     * @return what is stored afterwards
     */
    CompletableFuture<Enrollment> update(String userId, UnaryOperator<Enrollment> change);
}
