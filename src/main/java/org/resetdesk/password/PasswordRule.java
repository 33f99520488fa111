package org.resetdesk.password;

import java.util.List;

/**
 * One check of a new password. Implementations are immutable and thread-safe, and never put the password or a
 * piece of it into a rejection.
 */
interface PasswordRule {

    /** The reasons this rule refuses the password; empty when it passes. */
    List<Rejection> check(PasswordCandidate candidate);
}
