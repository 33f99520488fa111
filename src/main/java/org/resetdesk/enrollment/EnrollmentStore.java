package org.resetdesk.enrollment;

import java.util.Optional;

/**
 * Registered verification methods per user. Thread-safe. Implementations keep answers only as hashes and must never
 * log a secret or an answer.
 */
public interface EnrollmentStore {

    /** The user's registrations, or empty when the user registered nothing with ResetDesk. */
    Optional<Enrollment> find(String userId);
}
